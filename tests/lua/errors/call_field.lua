-- calling a non-function field
local function try(f) return select(2, pcall(f)) end
local t = {x = 42, s = "str", b = false}
print(try(function() t.x() end)) -- expect: tests/lua/errors/call_field.lua:4: attempt to call field 'x' (a number value)
print(try(function() t.s() end)) -- expect: tests/lua/errors/call_field.lua:5: attempt to call field 's' (a string value)
print(try(function() t.b() end)) -- expect: tests/lua/errors/call_field.lua:6: attempt to call field 'b' (a boolean value)
print(try(function() t.nope() end)) -- expect: tests/lua/errors/call_field.lua:7: attempt to call field 'nope' (a nil value)
print(try(function() t.sub = {}; t.sub.deep() end)) -- expect: tests/lua/errors/call_field.lua:8: attempt to call field 'deep' (a nil value)

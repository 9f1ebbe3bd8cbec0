-- calling non-function locals and upvalues
local function try(f) return select(2, pcall(f)) end
print(try(function() local f; f() end)) -- expect: tests/lua/errors/call_local.lua:3: attempt to call local 'f' (a nil value)
print(try(function() local f = 3; f() end)) -- expect: tests/lua/errors/call_local.lua:4: attempt to call local 'f' (a number value)
local up = {}
print(try(function() up() end)) -- expect: tests/lua/errors/call_local.lua:6: attempt to call upvalue 'up' (a table value)
local upn
print(try(function() return upn(1) end)) -- expect: tests/lua/errors/call_local.lua:8: attempt to call upvalue 'upn' (a nil value)
print(try(function() local t = {}; t[1]() end)) -- expect: tests/lua/errors/call_local.lua:9: attempt to call field '?' (a nil value)

-- calling a missing method
local function try(f) return select(2, pcall(f)) end
local obj = {}
print(try(function() obj:nomethod() end)) -- expect: tests/lua/errors/index_method.lua:4: attempt to call method 'nomethod' (a nil value)
print(try(function() obj.sub:m() end)) -- expect: tests/lua/errors/index_method.lua:5: attempt to index field 'sub' (a nil value)
local t = {value = 1}
print(try(function() t.value:m() end)) -- expect: tests/lua/errors/index_method.lua:7: attempt to index field 'value' (a number value)
print(try(function() local x; x:m() end)) -- expect: tests/lua/errors/index_method.lua:8: attempt to index local 'x' (a nil value)

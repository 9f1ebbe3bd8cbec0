-- calling a nil/non-function global
local function try(f) return select(2, pcall(f)) end
print(try(function() nosuchfunction() end)) -- expect: tests/lua/errors/call_global.lua:3: attempt to call global 'nosuchfunction' (a nil value)
print(try(function() nosuchfunction(1, 2, 3) end)) -- expect: tests/lua/errors/call_global.lua:4: attempt to call global 'nosuchfunction' (a nil value)
aNumber = 10
print(try(function() aNumber() end)) -- expect: tests/lua/errors/call_global.lua:6: attempt to call global 'aNumber' (a number value)
aTable = {}
print(try(function() aTable() end)) -- expect: tests/lua/errors/call_global.lua:8: attempt to call global 'aTable' (a table value)
aString = "hi"
print(try(function() aString("x") end)) -- expect: tests/lua/errors/call_global.lua:10: attempt to call global 'aString' (a string value)

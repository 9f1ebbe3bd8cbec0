-- indexing a nil global names the global
local function try(f) return select(2, pcall(f)) end
print(try(function() return undefinedglobal.x end)) -- expect: tests/lua/errors/index_global.lua:3: attempt to index global 'undefinedglobal' (a nil value)
print(try(function() undefinedglobal.y = 3 end)) -- expect: tests/lua/errors/index_global.lua:4: attempt to index global 'undefinedglobal' (a nil value)
num = 12
print(try(function() return num.z end)) -- expect: tests/lua/errors/index_global.lua:6: attempt to index global 'num' (a number value)
print(try(function() return num[2] end)) -- expect: tests/lua/errors/index_global.lua:7: attempt to index global 'num' (a number value)
flag = false
print(try(function() flag.x = 1 end)) -- expect: tests/lua/errors/index_global.lua:9: attempt to index global 'flag' (a boolean value)

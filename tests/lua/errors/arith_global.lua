-- arithmetic on bad globals, fields, upvalues
local function try(f) return select(2, pcall(f)) end
print(try(function() return g + 1 end)) -- expect: tests/lua/errors/arith_global.lua:3: attempt to perform arithmetic on global 'g' (a nil value)
print(try(function() return 2 * g end)) -- expect: tests/lua/errors/arith_global.lua:4: attempt to perform arithmetic on global 'g' (a nil value)
local t = {}
print(try(function() return t.f + 1 end)) -- expect: tests/lua/errors/arith_global.lua:6: attempt to perform arithmetic on field 'f' (a nil value)
print(try(function() return t.f.g end)) -- expect: tests/lua/errors/arith_global.lua:7: attempt to index field 'f' (a nil value)
local u = false
print(try(function() return u - 1 end)) -- expect: tests/lua/errors/arith_global.lua:9: attempt to perform arithmetic on upvalue 'u' (a boolean value)
print(try(function() return {} + {} end)) -- expect: tests/lua/errors/arith_global.lua:10: attempt to perform arithmetic on a table value

-- arithmetic on bad locals
local function try(f) return select(2, pcall(f)) end
print(try(function() local x; return x + 1 end)) -- expect: tests/lua/errors/arith_local.lua:3: attempt to perform arithmetic on local 'x' (a nil value)
print(try(function() local x; return 1 - x end)) -- expect: tests/lua/errors/arith_local.lua:4: attempt to perform arithmetic on local 'x' (a nil value)
print(try(function() local x = {}; return x * 2 end)) -- expect: tests/lua/errors/arith_local.lua:5: attempt to perform arithmetic on local 'x' (a table value)
print(try(function() local x = true; return x / 2 end)) -- expect: tests/lua/errors/arith_local.lua:6: attempt to perform arithmetic on local 'x' (a boolean value)
print(try(function() local x; return x % 2 end)) -- expect: tests/lua/errors/arith_local.lua:7: attempt to perform arithmetic on local 'x' (a nil value)
print(try(function() local x; return x ^ 2 end)) -- expect: tests/lua/errors/arith_local.lua:8: attempt to perform arithmetic on local 'x' (a nil value)
print(try(function() local x; return -x end)) -- expect: tests/lua/errors/arith_local.lua:9: attempt to perform arithmetic on local 'x' (a nil value)
print(try(function() local x = {}; return -x end)) -- expect: tests/lua/errors/arith_local.lua:10: attempt to perform arithmetic on local 'x' (a table value)

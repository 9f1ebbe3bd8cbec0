-- Non-numeric strings and other types raise errors in arithmetic.
print(pcall(function() return "abc" + 1 end)) -- expect: false	tests/lua/expr/coerce_arith_error.lua:2: attempt to perform arithmetic on a string value
print(pcall(function() local t = {} return t * 2 end)) -- expect: false	tests/lua/expr/coerce_arith_error.lua:3: attempt to perform arithmetic on local 't' (a table value)
print(pcall(function() return 1 + nil end)) -- expect: false	tests/lua/expr/coerce_arith_error.lua:4: attempt to perform arithmetic on a nil value
print(pcall(function() return undefinedglobal - 1 end)) -- expect: false	tests/lua/expr/coerce_arith_error.lua:5: attempt to perform arithmetic on global 'undefinedglobal' (a nil value)
print(pcall(function() return -{} end)) -- expect: false	tests/lua/expr/coerce_arith_error.lua:6: attempt to perform arithmetic on a table value
print(pcall(function() local s = "x" return s + 1 end)) -- expect: false	tests/lua/expr/coerce_arith_error.lua:7: attempt to perform arithmetic on local 's' (a string value)

-- Iterating over a non-function is an error.
print(pcall(function() for k in nil do end end)) -- expect: false	tests/lua/loop/generic_errors.lua:2: attempt to call a nil value
print(pcall(function() local t = {} for k in t do end end)) -- expect: false	tests/lua/loop/generic_errors.lua:3: attempt to call a table value
print(pcall(function() for k, v in pairs(nil) do end end)) -- expect: false	tests/lua/loop/generic_errors.lua:4: bad argument #1 to 'pairs' (table expected, got nil)

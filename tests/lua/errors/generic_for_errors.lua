-- generic for with non-callable iterator
print(pcall(function() for k in nil do end end)) -- expect: false	tests/lua/errors/generic_for_errors.lua:2: attempt to call a nil value
print(pcall(function() for k in 5 do end end)) -- expect: false	tests/lua/errors/generic_for_errors.lua:3: attempt to call a number value
print(pcall(function() local t = {}; for k in t do end end)) -- expect: false	tests/lua/errors/generic_for_errors.lua:4: attempt to call a table value
print(pcall(function() for k, v in pairs(nil) do end end)) -- expect: false	tests/lua/errors/generic_for_errors.lua:5: bad argument #1 to 'pairs' (table expected, got nil)
print(pcall(function() for k, v in ipairs() do end end)) -- expect: false	tests/lua/errors/generic_for_errors.lua:6: bad argument #1 to 'ipairs' (table expected, got no value)

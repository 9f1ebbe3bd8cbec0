-- Concatenating nil, booleans or tables is an error.
print(pcall(function() return "a" .. {} end)) -- expect: false	tests/lua/expr/concat_errors.lua:2: attempt to concatenate a table value
print(pcall(function() return "a" .. nil end)) -- expect: false	tests/lua/expr/concat_errors.lua:3: attempt to concatenate a nil value
print(pcall(function() return true .. "" end)) -- expect: false	tests/lua/expr/concat_errors.lua:4: attempt to concatenate a boolean value
print(pcall(function() local x; return "a" .. x end)) -- expect: false	tests/lua/expr/concat_errors.lua:5: attempt to concatenate local 'x' (a nil value)
print(pcall(function() return "a" .. missing end)) -- expect: false	tests/lua/expr/concat_errors.lua:6: attempt to concatenate global 'missing' (a nil value)

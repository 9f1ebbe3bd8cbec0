-- # on values other than strings and tables is an error.
print(pcall(function() return #5 end)) -- expect: false	tests/lua/expr/length_errors.lua:2: attempt to get length of a number value
print(pcall(function() local x = nil return #x end)) -- expect: false	tests/lua/expr/length_errors.lua:3: attempt to get length of local 'x' (a nil value)
print(pcall(function() return #true end)) -- expect: false	tests/lua/expr/length_errors.lua:4: attempt to get length of a boolean value

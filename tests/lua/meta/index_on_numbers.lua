-- values without metatables cannot be indexed even with rawget-free access
print(pcall(function() local n = 1; return n.x end)) -- expect: false	tests/lua/meta/index_on_numbers.lua:2: attempt to index local 'n' (a number value)
print(pcall(function() local f = print; return f.x end)) -- expect: false	tests/lua/meta/index_on_numbers.lua:3: attempt to index local 'f' (a function value)
print(pcall(function() local b = true; b.x = 1 end)) -- expect: false	tests/lua/meta/index_on_numbers.lua:4: attempt to index local 'b' (a boolean value)

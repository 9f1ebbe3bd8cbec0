-- numeric for loop type checks
print(pcall(function() for i = "a", 2 do end end)) -- expect: false	tests/lua/errors/for_errors.lua:2: 'for' initial value must be a number
print(pcall(function() for i = 1, {} do end end)) -- expect: false	tests/lua/errors/for_errors.lua:3: 'for' limit must be a number
print(pcall(function() for i = 1, 2, nil do end end)) -- expect: false	tests/lua/errors/for_errors.lua:4: 'for' step must be a number
print(pcall(function() local x; for i = x, 2 do end end)) -- expect: false	tests/lua/errors/for_errors.lua:5: 'for' initial value must be a number
print(pcall(function() for i = 1, 2, false do end end)) -- expect: false	tests/lua/errors/for_errors.lua:6: 'for' step must be a number
print(pcall(function() local last; for i = "1", "3" do last = i end return last, type(last) end)) -- expect: true	3	number

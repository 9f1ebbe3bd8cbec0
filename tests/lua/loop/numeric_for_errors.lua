-- Non-numeric for bounds are errors; numeric strings are accepted in 5.1.
print(pcall(function() for i = "a", 2 do end end)) -- expect: false	tests/lua/loop/numeric_for_errors.lua:2: 'for' initial value must be a number
print(pcall(function() for i = 1, nil do end end)) -- expect: false	tests/lua/loop/numeric_for_errors.lua:3: 'for' limit must be a number
print(pcall(function() for i = 1, 2, {} do end end)) -- expect: false	tests/lua/loop/numeric_for_errors.lua:4: 'for' step must be a number
local s = ""
for i = "1", "3" do s = s .. i end
print(s) -- expect: 123

-- numeric strings are accepted as for loop bounds
local s = ""
for i = "1", "3" do s = s .. i .. "," end
print(s) -- expect: 1,2,3,
s = ""
for i = "10", 1, "-4" do s = s .. i .. " " end
print(s .. "|") -- expect: 10 6 2 |
print(pcall(function() for i = "x1", 2 do end end)) -- expect: false	tests/lua/errors/for_string_coerce.lua:8: 'for' initial value must be a number

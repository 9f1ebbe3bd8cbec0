-- Parentheses group and also truncate multiple results.
local function two() return 1, 2 end
print(two()) -- expect: 1	2
print((two())) -- expect: 1
print(((1 + 2)) * 3) -- expect: 9
local t = {(two())}
print(#t) -- expect: 1
print(select('#', (two()))) -- expect: 1

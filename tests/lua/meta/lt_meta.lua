-- __lt for < and > (operands swapped for >)
local log = ""
local mt = {__lt = function(a, b)
  log = log .. a.n .. "<" .. b.n .. " "
  return a.n < b.n
end}
local one = setmetatable({n = 1}, mt)
local two = setmetatable({n = 2}, mt)
print(one < two, two < one) -- expect: true	false
print(one > two, two > one) -- expect: false	true
print(log .. "|") -- expect: 1<2 2<1 2<1 1<2 |
print(pcall(function() return one < 1 end)) -- expect: false	tests/lua/meta/lt_meta.lua:12: attempt to compare table with number

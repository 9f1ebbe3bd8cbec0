-- Returning and passing many values.
local function range(n, i)
  i = i or 1
  if i > n then return end
  return i, range(n, i + 1)
end
print(range(5)) -- expect: 1	2	3	4	5
print(select('#', range(200))) -- expect: 200
local t = {range(300)}
print(#t, t[300]) -- expect: 300	300
local function sum(...)
  local s = 0
  for i = 1, select('#', ...) do s = s + select(i, ...) end
  return s
end
print(sum(range(100))) -- expect: 5050

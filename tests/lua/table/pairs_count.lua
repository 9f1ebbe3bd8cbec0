-- pairs visits every key exactly once.
local t = {1, 2, 3, a = 4, b = 5, [10] = 6, [2.5] = 7}
local n, sum, keys = 0, 0, 0
for k, v in pairs(t) do
  n = n + 1
  sum = sum + v
  if type(k) == "number" then keys = keys + k end
end
print(n, sum) -- expect: 7	28
print(keys) -- expect: 18.5
local seen = {}
for k in pairs(t) do seen[k] = (seen[k] or 0) + 1 end
local dup = false
for k, c in pairs(seen) do if c ~= 1 then dup = true end end
print(dup) -- expect: false

-- strings die and are re-created with the same contents
local n = 0
for round = 1, 3 do
  for i = 1, 20000 do local s = "key" .. i .. "/" .. round end
  collectgarbage()
end
local a, b = "key" .. 5, "key5"
print(a == b, #a) -- expect: true	4
local t = {}
for i = 1, 100 do t["k" .. i] = i end
collectgarbage()
local sum = 0
for i = 1, 100 do sum = sum + t["k" .. i] end
print(sum) -- expect: 5050

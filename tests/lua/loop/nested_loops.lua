-- Nested loops of different kinds.
local total = 0
for i = 1, 10 do
  for j = i, 10 do
    total = total + 1
  end
end
print(total) -- expect: 55
local s = ""
for _, row in ipairs({{1, 2}, {3}, {}}) do
  local k = 1
  while row[k] do s = s .. row[k]; k = k + 1 end
  s = s .. "|"
end
print(s) -- expect: 12|3||
local n = 0
repeat
  for i = 1, 3 do n = n + i end
until n > 20
print(n) -- expect: 24

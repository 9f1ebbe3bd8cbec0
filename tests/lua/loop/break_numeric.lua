-- break leaves the innermost numeric for.
local last
for i = 1, 100 do
  last = i
  if i == 7 then break end
end
print(last) -- expect: 7
local n = 0
for i = 1, 10 do
  if i % 2 == 0 then break end
  n = n + 1
end
print(n) -- expect: 1
for i = 1, 3 do break end
print("after") -- expect: after

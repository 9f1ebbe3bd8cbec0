-- break in while and repeat loops.
local i = 0
while true do
  i = i + 1
  if i > 4 then break end
end
print(i) -- expect: 5
local j = 0
repeat
  j = j + 1
  if j == 3 then break end
until false
print(j) -- expect: 3
local k = 0
while k < 10 do
  k = k + 1
  do if k == 2 then break end end
end
print(k) -- expect: 2

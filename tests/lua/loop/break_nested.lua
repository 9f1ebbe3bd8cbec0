-- break only leaves the innermost loop.
local s = ""
for i = 1, 3 do
  for j = 1, 3 do
    if j > i then break end
    s = s .. i .. j .. ","
  end
end
print(s) -- expect: 11,21,22,31,32,33,
local count = 0
for i = 1, 5 do
  local j = 0
  while true do
    j = j + 1
    repeat
      count = count + 1
      break
    until false
    if j == 2 then break end
  end
end
print(count) -- expect: 10

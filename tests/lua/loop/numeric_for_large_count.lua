-- A loop with many iterations.
local n = 0
for i = 1, 1000000 do n = n + 1 end
print(n) -- expect: 1000000
local s = 0
for i = 1000000, 1, -1 do s = s + i end
print(s) -- expect: 500000500000

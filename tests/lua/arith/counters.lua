-- Accumulating sums in loops.
local sum = 0
for i = 1, 100 do sum = sum + i end
print(sum) -- expect: 5050
local prod = 1
for i = 1, 10 do prod = prod * i end
print(prod) -- expect: 3628800
local f = 0
for i = 1, 10 do f = f + 0.1 end
print(f == 1, f) -- expect: false	1
local p = 1
for i = 1, 20 do p = p * 2 end
print(p) -- expect: 1048576

-- % with zero and infinite operands (5.1 computes a - floor(a/b)*b).
local zero = 0
local inf = 1/zero
print(5 % zero) -- expect: -nan
print(-5 % zero) -- expect: -nan
print(5 % inf) -- expect: -nan
print(inf % 2) -- expect: -nan
print(0 % 3) -- expect: 0

-- % takes the sign of the divisor: a - floor(a/b)*b.
print(-5 % 3) -- expect: 1
print(5 % -3) -- expect: -1
print(-5 % -3) -- expect: -2
print(-6 % 3) -- expect: 0
print(-1 % 10) -- expect: 9
print(1 % -10) -- expect: -9
local a, b = -7, 2
print(a % b) -- expect: 1

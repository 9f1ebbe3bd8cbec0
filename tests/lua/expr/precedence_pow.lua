-- ^ is right associative and binds tighter than unary minus.
print(2 ^ 3 ^ 2) -- expect: 512
print((2 ^ 3) ^ 2) -- expect: 64
print(-2 ^ 2) -- expect: -4
print((-2) ^ 2) -- expect: 4
print(2 ^ -1) -- expect: 0.5
print(-2 ^ -2) -- expect: -0.25
print(2 * 3 ^ 2) -- expect: 18
print(2 ^ 2 * 3) -- expect: 12
local x = 3
print(-x ^ 2) -- expect: -9

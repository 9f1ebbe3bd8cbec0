-- Basic addition, subtraction and multiplication.
print(1 + 2) -- expect: 3
print(5 - 8) -- expect: -3
print(-4 * 5) -- expect: -20
print(0.5 + 0.25) -- expect: 0.75
print(1e10 * 1e10) -- expect: 1e+20
print(3 - -3) -- expect: 6
local a, b = 12, 5
print(a + b, a - b, a * b) -- expect: 17	7	60

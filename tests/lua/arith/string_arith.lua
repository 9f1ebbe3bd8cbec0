-- Arithmetic results on numeric strings are numbers.
local s = "10"
print(s + 0, type(s + 0)) -- expect: 10	number
print(s * 2) -- expect: 20
print(s / 4) -- expect: 2.5
print(s % 3) -- expect: 1
print(s ^ 2) -- expect: 100
print(s - "2.5") -- expect: 7.5
print("1e2" * 1) -- expect: 100

-- Unary minus on numbers, variables and numeric strings.
local x = 5
print(-x) -- expect: -5
print(-(-x)) -- expect: 5
print(-"3") -- expect: -3
print(-"0x10") -- expect: -16
print(- 2 + 3) -- expect: 1
print(-(2 + 3)) -- expect: -5
local s = "1.5"
print(-s) -- expect: -1.5

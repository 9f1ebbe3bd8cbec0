-- Missing right-hand values become nil.
local a, b, c = 1
print(a, b, c) -- expect: 1	nil	nil
local x, y
print(x, y) -- expect: nil	nil
local p, q, r = 1, 2
print(r) -- expect: nil
g = "old"
local m
m, g = 5
print(m, g) -- expect: 5	nil

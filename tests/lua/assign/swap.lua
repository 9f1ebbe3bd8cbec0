-- a, b = b, a swaps because all right-hand values are evaluated first.
local a, b = 1, 2
a, b = b, a
print(a, b) -- expect: 2	1
local t = {1, 2, 3}
t[1], t[3] = t[3], t[1]
print(t[1], t[2], t[3]) -- expect: 3	2	1
g1, g2 = "first", "second"
g1, g2 = g2, g1
print(g1, g2) -- expect: second	first
local x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z) -- expect: 3	1	2

-- Assigning the same variable twice in one statement (5.1 assigns right to left).
local a
a, a = 1, 2
print(a) -- expect: 1
g = nil
g, g = "x", "y"
print(g) -- expect: x
local t = {}
t.k, t.k = "first", "second"
print(t.k) -- expect: first

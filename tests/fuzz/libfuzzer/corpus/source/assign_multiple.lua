-- Multiple assignment to globals and locals.
a, b, c = 1, 2, 3
print(a, b, c) -- expect: 1	2	3
local x, y = "x", "y"
print(x, y) -- expect: x	y
x, y = y, x .. y
print(x, y) -- expect: y	xy
local t = {}
t.a, t.b, t[1] = 10, 20, 30
print(t.a, t.b, t[1]) -- expect: 10	20	30

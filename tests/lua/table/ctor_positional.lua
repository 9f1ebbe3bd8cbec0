-- Positional fields are numbered from 1.
local t = {"a", "b", "c"}
print(t[1], t[2], t[3], t[4]) -- expect: a	b	c	nil
print(#t) -- expect: 3
local u = {10, 20, 30, 40, 50}
print(u[5] - u[1]) -- expect: 40
print(t[0]) -- expect: nil
local e = {}
print(e[1], #e) -- expect: nil	0

-- local declarations with function calls on the right.
local function two() return "a", "b" end
local function none() end
local a, b = two()
print(a, b) -- expect: a	b
local c, d, e = two()
print(c, d, e) -- expect: a	b	nil
local f, g, h = two(), "x"
print(f, g, h) -- expect: a	x	nil
local i, j, k = "x", two()
print(i, j, k) -- expect: x	a	b
local l, m = none()
print(l, m) -- expect: nil	nil
local n, o = (two())
print(n, o) -- expect: a	nil

-- Positional, named and bracketed fields mixed in one constructor.
local t = {1, x = "x", 2, [10] = "ten", 3, y = "y", 4}
print(t[1], t[2], t[3], t[4]) -- expect: 1	2	3	4
print(t.x, t.y, t[10]) -- expect: x	y	ten
local count = 0
for _ in pairs(t) do count = count + 1 end
print(count) -- expect: 7
-- A positional field wins over an explicit [1] given earlier.
local u = {[1] = "explicit", "positional"}
print(u[1]) -- expect: positional

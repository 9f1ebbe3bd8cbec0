-- Lua 5.1 evaluates all expressions before assigning; subscripts are
-- evaluated before any assignment takes place.
local i = 1
local t = {}
i, t[i] = i + 1, 20
print(i, t[1], t[2]) -- expect: 2	20	nil
local a = {}
local j = 1
t[j], j = "first", 5
print(t[1], j) -- expect: first	5
-- Right-hand side is evaluated left to right.
local log = ""
local function f(x) log = log .. x; return x end
local p, q, r = f("a"), f("b"), f("c")
print(log) -- expect: abc

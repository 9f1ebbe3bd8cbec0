-- [expr] = value fields evaluate arbitrary key expressions.
local k = "key"
local t = {[k] = "v", [1 + 1] = "two", [true] = "yes", [2.5] = "frac"}
print(t.key, t[2], t[true], t[2.5]) -- expect: v	two	yes	frac
local function f() return "computed" end
local u = {[f()] = 1, [f() .. "2"] = 2}
print(u.computed, u.computed2) -- expect: 1	2
local v = {[1] = "a", [2] = "b", [3] = "c"}
print(#v, v[3]) -- expect: 3	c

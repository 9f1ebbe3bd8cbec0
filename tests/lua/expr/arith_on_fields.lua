-- Expressions mixing table fields, calls and operators.
local t = {a = 2, b = {c = 3}}
print(t.a * t.b.c) -- expect: 6
print(t["a"] + t.b["c"]) -- expect: 5
local function f() return 10 end
print(f() - t.a) -- expect: 8
print(t.a ^ t.b.c .. "!") -- expect: 8!
t.a = t.a + 1
print(t.a) -- expect: 3

-- The right operand is evaluated only when needed.
local log = ""
local function f(tag, v) log = log .. tag; return v end
local r = f("a", false) and f("b", true)
print(r, log) -- expect: false	a
log = ""
r = f("a", 1) or f("b", 2)
print(r, log) -- expect: 1	a
log = ""
r = f("a", nil) or f("b", 2)
print(r, log) -- expect: 2	ab
log = ""
r = f("a", 1) and f("b", nil) or f("c", 3)
print(r, log) -- expect: 3	abc
local n = nil
print(n and n.x) -- expect: nil
print(true or error("never")) -- expect: true

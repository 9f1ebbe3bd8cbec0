-- ... yields all extra arguments.
local function f(...) return ... end
print(f(1, 2, 3)) -- expect: 1	2	3
print(f()) -- expect:
print(f(nil, nil)) -- expect: nil	nil
local function g(a, ...) return a, ... end
print(g("a", "b", "c")) -- expect: a	b	c
local function h(a, b, ...) return ... end
print(h(1, 2, 3, 4)) -- expect: 3	4
print(h(1)) -- expect:

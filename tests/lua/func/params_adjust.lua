-- Missing parameters are nil; extra arguments are dropped.
local function f(a, b, c) return a, b, c end
print(f(1)) -- expect: 1	nil	nil
print(f(1, 2, 3, 4, 5)) -- expect: 1	2	3
print(f()) -- expect: nil	nil	nil
local function g() return "no params" end
print(g(1, 2, 3)) -- expect: no params
local function h(a, a2) return a2 end
print(h(1, 2)) -- expect: 2

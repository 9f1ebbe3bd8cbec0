-- Assigning from ... adjusts like any multi-value expression.
local function f(...)
  local a, b, c = ...
  return a, b, c
end
print(f(1, 2, 3, 4)) -- expect: 1	2	3
print(f(1)) -- expect: 1	nil	nil
local function g(...)
  local a, b = ..., "last"
  return a, b
end
print(g("x", "y")) -- expect: x	last

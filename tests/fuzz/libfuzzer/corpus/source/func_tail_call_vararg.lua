-- Tail calls from vararg functions, to depth 1,000,000.
local function f(n, ...)
  if n == 0 then return select('#', ...), ... end
  return f(n - 1, ...)
end
print(f(1000000, "x", "y")) -- expect: 2	x	y
local function g(...)
  local n = ...
  if n == 0 then return "end" end
  return g(n - 1)
end
print(g(1000000)) -- expect: end

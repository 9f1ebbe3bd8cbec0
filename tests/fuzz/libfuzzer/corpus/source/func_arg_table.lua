-- Lua 5.1 compatibility: vararg functions that do not mention ... get arg.
local function f(...)
  return arg.n, arg[1], arg[2], arg[3]
end
print(f("a", "b")) -- expect: 2	a	b	nil
print(f()) -- expect: 0	nil	nil	nil
local function g(x, ...)
  return x, arg.n, arg[1]
end
print(g(1, 2, 3)) -- expect: 1	2	2
-- 5.1 quirk: every vararg function declares a hidden local `arg`; when the
-- body uses ... that local is simply left nil (it does not see a global arg).
local function h(...)
  local a = ...
  return arg
end
print(h(1)) -- expect: nil

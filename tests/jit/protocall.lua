-- Calls inlined into a trace guard the callee's prototype, not the closure: closures made
-- afresh share the trace and each reads its own upvalues; another function, a closure of
-- another prototype or a C function in its place leaves the trace.
jit.opt.start("hotloop=1", "hotexit=2")
local function apply(f, x) return f(x) end
local function adder(k) return function(x) return x + k end end
local s = 0
for i = 1, 200 do s = s + apply(adder(i % 7), i) end
print(s) -- expect: 20698
-- The callee changes kind halfway: a closure of another prototype, then a C function.
local fs = {}
for i = 1, 60 do
  if i <= 20 then fs[i] = adder(i)
  elseif i <= 40 then fs[i] = function(x) return x * 2 end
  else fs[i] = math.abs end
end
local t = 0
for i = 1, 60 do t = t + fs[i](-i) end
print(t) -- expect: -210
-- Upvalues written through fresh closures.
local total = 0
for i = 1, 100 do
  local n = i
  local bump = function(d) n = n + d end
  bump(1); bump(2)
  total = total + n
end
print(total) -- expect: 5350

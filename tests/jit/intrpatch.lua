-- A loop that calls nothing has no interrupt test (-Opatch): the profiler's signal re-points
-- its back edge at the loop's interrupt exit, so ticks land in it, and the stop points it back
-- at the loop (else every iteration would leave through the exit).
local profile = require("jit.profile")

local function pure(n)
  local s = 0
  for i = 1, n do s = s + i * 0.5 end
  return s
end
local function purewhile(n)
  local i, s = 0, 0
  while i < n do i = i + 1; s = s + i % 3 end
  return s
end

-- (a while loop: the side trace of its other branch links back to the loop's trace, with no
-- interrupt test before the link either)
local function branchy(n)
  local i, a, b = 0, 0, 0
  while i < n do
    i = i + 1
    if i % 3 == 0 then a = a + 1 else b = b + 2 end
  end
  return a + b
end

-- (values that move round at the back edge: its jump is the site, and an exit there reads the
-- moved values where the moves put them)
local function rotate(n)
  local a, b, c = 1.0, 2.0, 3.0
  for i = 1, n do a, b, c = b, c, (a + b + c) % 1000 + i end
  return a + b + c
end
local rotated, bad = rotate(100000), 0

local samples, names = 0, {}
profile.start("fi1", function(th, n)
  samples = samples + n
  names[profile.dumpstack(th, "f", 1)] = true
end)
local t0, check = os.clock(), 0
while (samples < 40 or not names.pure or not names.purewhile or not names.branchy or
       not names.rotate) and os.clock() - t0 < 20 do
  check = check + pure(100000) + purewhile(100000) + branchy(100000)
  if rotate(100000) ~= rotated then bad = bad + 1 end
end
profile.stop()
print(samples >= 40, names.pure, names.purewhile, names.branchy) -- expect: true	true	true	true
print(check > 0, bad, names.rotate) -- expect: true	0	true

-- Profiler off: the loops run on without leaving (a few exits at most: the loop's end).
local e0 = jit.util.nexits()
print(pure(2e7), purewhile(2e7), branchy(3e6), rotate(3e6)) -- expect: 1.00000005e+14	20000001	5000000	9001382
print(jit.util.nexits() - e0 < 10) -- expect: true

-- The same with the loops that keep their test (-O-patch): same results.
jit.opt.start("-patch")
jit.flush()
print(pure(2e7), purewhile(2e7)) -- expect: 1.00000005e+14	20000001

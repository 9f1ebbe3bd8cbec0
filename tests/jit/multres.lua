-- Calls and returns with a variable number of values, f(g()), return x, g() and return g():
-- the recording knows how many values the inner call returned (its RET has a fixed count, or
-- a library function computed in the trace returns a known number), so the outer call takes
-- them as fixed arguments. An exit between the two (the outer callee's guard failing)
-- resumes the interpreter with L->top where those values end, and a side trace starts there.
jit.opt.start("hotloop=2", "hotexit=2")

local function two(x) return x, x * 2 end
local function add3(a, b, c) return a + (b or 0) + (c or 100) end
local function pass(x) return two(x) end
local function wrap(x) return x, two(x) end
local a0 = jit.util.naborts()
local s = 0
for i = 1, 200 do
  s = s + add3(two(i))
  s = s + add3(i, two(i))
  s = s + add3(pass(i))
  local p, q, r = wrap(i)
  s = s + p + q + r
  s = s + add3(math.floor(i / 2), i)
  s = s + add3(select(2, i, i + 1, i + 2))
  s = s + add3(i, select('#', i, i))
end
print(s, jit.util.naborts() - a0) -- expect: 472800	0

-- The outer function changes halfway: its guard fails between the inner call's return and the
-- outer call, and the interpreter counts the arguments from L->top.
local function cnt(...) return select('#', ...) end
local fns = { add3, add3, add3, cnt }
local t = 0
for i = 1, 400 do
  local f = fns[(i > 300 and i % 2 == 0) and 4 or 1]
  t = t + f(two(i))
end
print(t) -- expect: 223050

-- A function returning all of another's results to a caller that wants them all (a new
-- top), and one returning fewer values on some iterations.
local function some(i) if i % 3 == 0 then return i end return i, -i, 2 * i end
local function all(i) return some(i) end
local u = 0
for i = 1, 300 do
  local x, y, z = all(i)
  u = u + x + (y or 1000) + (z or 0)
  u = u + add3(some(i))
end
print(u) -- expect: 260300

-- Down-recursion: a recursive function called in a loop returns through frames of itself.
-- Where compiled code leaves at such a RET often, a trace of the return is recorded (it
-- returns into the frame below, runs it to the same RET and links to itself); the traces that
-- end at that RET jump to it. Results as the interpreter's.
jit.opt.start("hotloop=2", "hotexit=2")

local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
local s = 0
for i = 1, 200 do s = s + fib(i % 12 + 3) end
print(s) -- expect: 15972

-- A tree walk: the sum of the leaves and the node count, returned up through each level.
local function build(d)
  if d == 0 then return { v = 1 } end
  return { l = build(d - 1), r = build(d - 1), v = d }
end
local function walk(t)
  if not t.l then return t.v end
  return walk(t.l) + walk(t.r) + t.v
end
local tree = build(8)
local w = 0
for i = 1, 60 do w = w + walk(tree) end
print(w) -- expect: 45480

-- Two return sites with different continuations, and a return of two values.
local function pair(n)
  if n <= 1 then return n, 1 end
  local a, b = pair(n - 1)
  local c, d = pair(n - 2)
  return a + c, b + d + 1
end
local x, y = 0, 0
for i = 1, 100 do
  local a, b = pair(i % 10 + 2)
  x, y = x + a, y + b
end
print(x, y) -- expect: 2310	7380

-- Mutual recursion: the frame below is another function's every other time.
local even
local function odd(n) if n == 0 then return false end return even(n - 1) end
function even(n) if n == 0 then return true end return odd(n - 1) end
local ne = 0
for i = 1, 300 do if even(i % 40) then ne = ne + 1 end end
print(ne) -- expect: 150

-- A recursive function of a chunk that is collected while its traces exist (they are freed
-- with every trace that jumps into them), then another one made the same way.
for round = 1, 2 do
  local f = assert(loadstring("local function g(n) if n < 2 then return n end " ..
                              "return g(n - 1) + g(n - 2) + " .. round .. " end return g"))()
  local t = 0
  for i = 1, 100 do t = t + f(i % 8 + 2) end
  print(round, t)
  f = nil
  collectgarbage()
  collectgarbage()
end
-- expect: 1	2683
-- expect: 2	4304

-- An error from the bottom of the recursion now and then, caught in the loop.
local function dep(n, k)
  if n == 0 then
    if k % 5 == 0 then error("bottom " .. k) end
    return 0
  end
  return dep(n - 1, k) + n
end
local caught, sum = 0, 0
for i = 1, 200 do
  local ok, v = pcall(dep, i % 9, i)
  if ok then sum = sum + v else caught = caught + 1 end
end
print(caught, sum) -- expect: 40	2124

-- Inside a coroutine, which yields between the calls; and with a count hook set half-way.
local co = coroutine.wrap(function()
  local t = 0
  for i = 1, 150 do t = t + fib(i % 10 + 5); coroutine.yield(t) end
  return -1
end)
local last
for i = 1, 150 do last = co() end
print(last) -- expect: 14685
local hooks = 0
local h = 0
for i = 1, 300 do
  if i == 150 then debug.sethook(function() hooks = hooks + 1 end, "", 1000) end
  h = h + walk(tree) % 7 + fib(i % 9 + 3)
end
debug.sethook()
print(h, hooks > 0) -- expect: 8206	true

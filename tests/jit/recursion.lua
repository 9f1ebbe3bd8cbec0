-- Traces of function entries and recursion: a function called often gets a trace starting at
-- its first instruction (entered by the calls the interpreter makes); a call of the function
-- itself inside that trace writes the frame and jumps back to the start (up-recursion), a
-- tail call of itself jumps back without a frame (tail recursion), and side traces carry the
-- returns into the callers' frames (RETF) and link to the trace again at the next call.
-- Every result is checked against the interpreter's (lua5.1 gives the same lines).
jit.opt.start("hotloop=2", "hotexit=2")
local t0 = jit.util.ntraces()

-- Doubly recursive, with an upvalue counter.
local calls = 0
local function fib(n)
  calls = calls + 1
  if n < 2 then return n end
  return fib(n - 1) + fib(n - 2)
end
print(fib(24), calls) -- expect: 46368	150049
-- fib has no loop: its traces are traces of its entry, and they run its recursion (few exits).
local x0 = jit.util.nexits()
print(jit.util.ntraces() > t0, fib(20), jit.util.nexits() - x0 < 20) -- expect: true	6765	true

-- Ackermann: non-tail recursion, a tail call of itself, a call in the arguments of a call.
local function ack(m, n)
  if m == 0 then return n + 1 end
  if n == 0 then return ack(m - 1, 1) end
  return ack(m - 1, ack(m, n - 1))
end
local s = 0
for i = 1, 20 do s = s + ack(2, i) + ack(3, 3) end
print(s) -- expect: 1700

-- Tail recursion only: a loop made of tail calls.
local function count(n, acc)
  if n == 0 then return acc end
  return count(n - 1, acc + n)
end
print(count(100000, 0)) -- expect: 5000050000

-- Recursion that builds tables and walks them.
local function make(d)
  if d == 0 then return {} end
  d = d - 1
  return { make(d), make(d) }
end
local function check(t)
  if t[1] then return 1 + check(t[1]) + check(t[2]) end
  return 1
end
local total = 0
for d = 4, 12, 2 do total = total + check(make(d)) end
print(total) -- expect: 10907

-- Mutual recursion.
local odd
local function even(n) if n == 0 then return true end return odd(n - 1) end
function odd(n) if n == 0 then return false end return even(n - 1) end
local e = 0
for i = 1, 300 do if even(i) then e = e + 1 end end
print(e) -- expect: 150

-- Recursion with several results and a different number of results at each return.
local function divmod(a, b)
  if a < b then return 0, a end
  local q, r = divmod(a - b, b)
  return q + 1, r
end
local qs, rs = 0, 0
for i = 1, 200 do local q, r = divmod(i * 7, 5) qs = qs + q rs = rs + r end
print(qs, rs) -- expect: 28060	400

-- The recorded path is not the one taken later: a guard fails inside the recursion and the
-- interpreter carries on from the exit's frames.
local function walk(t, depth)
  if type(t) ~= "table" then return depth end
  local best = 0
  for i = 1, #t do
    local d = walk(t[i], depth + 1)
    if d > best then best = d end
  end
  return best
end
local tree = { 1, { 2, { 3, { 4, "x" } } }, { { { { { 5 } } } } } }
local w = 0
for i = 1, 300 do w = w + walk(tree, 0) end
print(w) -- expect: 1800


-- Errors and the stack inside compiled recursion: a stack overflow, an error with a level,
-- a traceback, a yield at the bottom of a recursion in a coroutine, a long tail recursion
-- and a count hook (compiled code leaves at its links).
local function deep(n) return 1 + deep(n + 1) end
for i = 1, 3 do
  local ok, err = pcall(deep, 1)
  print(ok, err)
end
-- expect: false	tests/jit/recursion.lua:91: stack overflow
-- expect: false	tests/jit/recursion.lua:91: stack overflow
-- expect: false	tests/jit/recursion.lua:91: stack overflow
local function down(n) if n == 0 then error("bottom", 2) end return down(n - 1) + 1 end
for i = 1, 200 do
  local ok, err = pcall(down, 30)
  if i == 200 then print(ok, err) end
end
-- expect: false	tests/jit/recursion.lua:99: bottom
local function lvl(n)
  if n == 0 then return debug.traceback("tb", 1) end
  local s = lvl(n - 1)
  return s
end
for i = 1, 150 do lvl(5) end
local tb = lvl(5)
local _, c = tb:gsub("in function 'lvl'", "")
local _, c2 = tb:gsub("in upvalue 'lvl'", "")
print(c + c2) -- expect: 6
local co = coroutine.wrap(function()
  local function r(n)
    if n == 0 then coroutine.yield("y") return 0 end
    return r(n - 1) + 1
  end
  local s = 0
  for i = 1, 300 do s = s + r(10) end
  return s
end)
local ys = 0
local v = co()
while v == "y" do ys = ys + 1 v = co() end
print(ys, v) -- expect: 300	3000
local function tail(n, acc) if n == 0 then return acc end return tail(n - 1, acc + 1) end
print(tail(1000000, 0)) -- expect: 1000000
local hits = 0
debug.sethook(function() hits = hits + 1 end, "", 1000)
local function f2(n) if n < 2 then return n end return f2(n - 1) + f2(n - 2) end
print(f2(22)) -- expect: 17711
debug.sethook()
print(hits > 50) -- expect: true

-- Recursion unrolled in a function's trace (-Orecunroll, 6 by default): the trace inlines its
-- function's calls of itself, up to that many frames, before it links to itself; the path it
-- recorded (calls, guards, returns into frames of the trace) runs with the arguments in
-- registers, and exits rebuild every inlined frame. Results checked against PUC Lua.
jit.opt.start("hotloop=1", "hotexit=1")

local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
print(fib(22), fib(1), fib(0), fib(7.5))

local function ack(m, n)
  if m == 0 then return n + 1 end
  if n == 0 then return ack(m - 1, 1) end
  return ack(m - 1, ack(m, n - 1))
end
print(ack(2, 9), ack(3, 4))

-- A counter in an upvalue, written at every level; its value read back at the end.
local calls = 0
local function walk(d)
  calls = calls + 1
  if d == 0 then return 1 end
  return walk(d - 1) + walk(d - 1) + 1
end
print(walk(10), calls)

-- Trees: build recursively, then sum and check them.
local function make(d)
  if d == 0 then return { v = 1 } end
  return { l = make(d - 1), r = make(d - 1), v = d }
end
local function check(t)
  if not t.l then return t.v end
  return t.v + check(t.l) - check(t.r)
end
local function size(t) if not t then return 0 end return 1 + size(t.l) + size(t.r) end
local tree = make(11)
print(check(tree), size(tree))

-- Several results, varargs at the bottom, a type that changes with depth.
local function pair(n)
  if n <= 0 then return 0, 1 end
  local a, b = pair(n - 1)
  return b, a + b
end
print(pair(30))
local function depthstr(n)
  if n == 0 then return "x" end
  if n % 3 == 0 then return depthstr(n - 1) .. n end
  return depthstr(n - 1)
end
print(depthstr(40))
local function mixed(n)
  if n == 0 then return 0 end
  local r = mixed(n - 1)
  if n % 4 == 0 then return r + 0.5 end
  return r + 1
end
print(mixed(50))

-- Mutual recursion and recursion through a table field.
local even, odd
function even(n) if n == 0 then return true end return odd(n - 1) end
function odd(n) if n == 0 then return false end return even(n - 1) end
print(even(40), odd(41), even(7))
local M = {}
function M.sum(t, i) if i > #t then return 0 end return t[i] + M.sum(t, i + 1) end
local arr = {}
for i = 1, 100 do arr[i] = i * i end
print(M.sum(arr, 1))

-- An error at depth, caught below the trace's frames; the VM goes on.
local function dive(n)
  if n == 0 then error("bottom") end
  return dive(n - 1) + 1
end
for _ = 1, 3 do print(pcall(dive, 12)) end
-- Deep enough to overflow the stack: an error, not a crash.
local function deep(n) return 1 + deep(n + 1) end
local ok, msg = pcall(deep, 1)
print(ok, (string.gsub(msg, "^.-:%d+: ", "")))
print(fib(15))

-- The function changed under the trace (another closure in the upvalue).
local function g(n) if n <= 1 then return 1 end return n * g(n - 1) end
local r1 = g(10)
local saved = g
g = function(n) return -n end
print(r1, saved(5))
-- expect: 17711	1	0	23.5
-- expect: 21	125
-- expect: 2047	2047
-- expect: 11	4095
-- expect: 832040	1346269
-- expect: x36912151821242730333639
-- expect: 44
-- expect: true	true	false
-- expect: 338350
-- expect: false	tests/jit/recunroll.lua:73: bottom
-- expect: false	tests/jit/recunroll.lua:73: bottom
-- expect: false	tests/jit/recunroll.lua:73: bottom
-- expect: false	stack overflow
-- expect: 610
-- expect: 3628800	-20

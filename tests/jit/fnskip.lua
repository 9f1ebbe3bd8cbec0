-- Recursive calls link into the callee's function trace past its guard of the closure (the
-- link's snapshot has the closure as a constant). Results must not change when the closure in
-- the slot changes: a different closure is called through the same upvalue, a closure of
-- another prototype replaces it, or the function is called from outside with another closure.
jit.opt.start("hotloop=1", "hotexit=1")

local calls = 0
local function fib(k)
  calls = calls + 1
  if k < 2 then return k end
  return fib(k - 1) + fib(k - 2)
end
print(fib(20), calls)

-- Mutual recursion: each links into the other's trace.
local even, odd
function even(n) if n == 0 then return true end return odd(n - 1) end
function odd(n) if n == 0 then return false end return even(n - 1) end
local r = {}
for i = 1, 40 do r[#r + 1] = even(i) and "e" or "o" end
print(table.concat(r))

-- The upvalue the recursion goes through changes to another function half-way.
local f
local depth = 0
f = function(n)
  depth = depth + 1
  if n == 0 then return 0 end
  if n == 30 then
    local old = f
    f = function(m) return 1000 + old(m) end   -- later calls of f go through the wrapper
  end
  return 1 + f(n - 1)
end
local s = 0
for i = 1, 3 do s = s + f(40) end
print(s, depth)

-- Closures of one prototype made many times (not constants): no skip, results as before.
local function make(d)
  local function g(n) if n == 0 then return d end return g(n - 1) + d end
  return g
end
local t = 0
for i = 1, 30 do t = t + make(i)(10) end
print(t)

-- expect: 6765	21891
-- expect: oeoeoeoeoeoeoeoeoeoeoeoeoeoeoeoeoeoeoeoe
-- expect: 213120	123
-- expect: 5115

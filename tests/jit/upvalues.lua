-- Upvalues in compiled loops. An upvalue open on a slot of the trace's own frames (a closure
-- inlined next to the function that owns the local) is that slot, which the trace may hold in
-- a register: reads and writes through the closure see the loop's latest value and the loop
-- sees theirs. An upvalue that is closed, or open on a frame below the trace, is read and
-- written through; each case is guarded (UREF), so a closure that meets another case exits.
jit.opt.start("hotloop=2", "hotexit=2")
local function f(n)
  local x = 0
  local inc = function() x = x + 1 end
  for i = 1, n do x = x + 10; inc() end
  return x
end
print(f(100), f(50)) -- expect: 1100	550
local function g(n)
  local x = 0
  local get = function() return x end
  local s = 0
  for i = 1, n do x = x + 1; s = s + get() end
  return s
end
print(g(100)) -- expect: 5050

-- The same closure called on a closed upvalue and on an open one, in turn.
local function mk()
  local v = 0
  local function bump() v = v + 1 return v end
  return bump, function(n) for i = 1, n do v = v + 100; bump() end return v end
end
local bump, loop = mk()
local tot = 0
for k = 1, 30 do
  tot = tot + bump()
  tot = tot + loop(3)
end
print(tot) -- expect: 273630

-- An upvalue open on the caller's frame (below the trace), changed by the loop's callee.
local function outer(n)
  local acc = 0
  local function add(k) acc = acc + k end
  local function run() for i = 1, n do add(i) end end
  run()
  return acc
end
print(outer(100), outer(10)) -- expect: 5050	55

-- Loop-carried values that folds must not look through: n = -n and n = n * -1 flip each
-- iteration, and an integer made a double and back.
local flips = {}
for k = 1, 3 do
  local n, m = k, k
  for i = 1, 4 do n = -n end
  for i = 0, -2, -1 do m = m * -1 end
  flips[#flips + 1] = n .. "/" .. m
end
print(table.concat(flips, " ")) -- expect: 1/-1 2/-2 3/-3

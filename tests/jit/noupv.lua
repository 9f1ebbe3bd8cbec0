-- Returns from frames in traces: a function that makes no closures returns without the check
-- for open upvalues (RETF ... noupv in the IR); one that does keeps it, and the closures it
-- made see their variables after the return, closed.
jit.opt.start("hotloop=1", "hotexit=1")

local function plain(n) if n < 2 then return n end return plain(n - 1) + plain(n - 2) end
print(plain(18))

local made = {}
local function maker(n)
  local v = n * 10
  made[#made + 1] = function() return v end
  if n < 2 then return n end
  local r = maker(n - 1) + maker(n - 2)
  v = v + r   -- the closure sees this assignment: its upvalue is closed at the return
  return r
end
print(maker(12))
local s = 0
for i = 1, #made do s = s + made[i]() end
print(#made, s)

-- A tail call from a frame that made a closure capturing a local: closed before the call.
local keep
local function tc(n, acc)
  local x = acc
  if n % 7 == 0 then keep = function() return x end end
  if n == 0 then return acc end
  return tc(n - 1, acc + n)
end
print(tc(100, 0), keep())

-- expect: 2584
-- expect: 144
-- expect: 465	10884
-- expect: 5050	5050

-- Calls of vararg functions inlined: the frame is made as do_precall makes it (the arguments
-- where they are, the fixed ones cleared, a copy of the function above them, then the fixed
-- parameters), VARARG reads the extra arguments below the base, select('#', ...) counts
-- them; exits inside such a frame rebuild it (the frame's base is not its function slot + 1).
jit.opt.start("hotloop=2", "hotexit=2")
local function sum(...)
  local n = select('#', ...)
  local a, b, c = ...
  return (a or 0) + (b or 0) + (c or 0) + n
end
local function first(x, ...) return x, ... end
local function cnt(...) return select('#', ...) end
local t, u = 0, 0
for i = 1, 300 do
  t = t + sum(i, i + 1) + sum() + sum(1, 2, 3, 4)
  local p, q, r = first(i, i * 2, i * 3)
  u = u + p + q + r + cnt(first(i, nil, i))
end
print(t, u) -- expect: 94200	271800

-- An exit inside a vararg frame (the branch on the argument's value), and an error raised
-- there: the traceback and the values are the interpreter's.
local function pick(k, ...)
  local v = select(k, ...)
  if v > 250 then return v * 2 end
  return v
end
local s = 0
for i = 1, 300 do s = s + pick(2, i - 1, i, i + 1) end
print(s) -- expect: 58925
local function boom(...) local a = ... return a.x end
print(pcall(function() local r = 0 for i = 1, 10 do r = r + boom(i < 9 and { x = i } or nil) end return r end))
-- expect: false	tests/jit/vararg.lua:31: attempt to index local 'a' (a nil value)

-- Constructors of all the values of a vararg or a call ({...}, {f()}, {x, f()}): room is made
-- in the array part first (TRESIZEA), as SETLIST does, then the items are stored there.
local function pack(...) return { ... } end
local function three() return 1, 2, 3 end
local n = 0
for i = 1, 200 do
  local t = pack(i, i + 1, i + 2)
  local u = { three() }
  local w = { i, three() }
  n = n + #t + #u + #w + t[3] + w[1] + w[4]
end
print(n) -- expect: 43200

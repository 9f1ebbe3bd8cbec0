-- Returns below the trace's first frame (RETF): a side trace that leaves a function's loop
-- goes on through the return into the caller, guarding that the caller is the one recorded
-- (its call site), that the frame was an ordinary Lua call and that no upvalue needs closing;
-- it can then call into the function again and link to its loop from the inlined frame (the
-- frame is made at the link). Each case checks results against what the interpreter computes
-- and that guards which fail leave the interpreter in the right state.
jit.opt.start("hotloop=2", "hotexit=2")

-- A sift-down called from an outer loop: the inner loop's exit returns, the caller's loop
-- goes round and calls it again.
local function sift(a, i, n)
  while true do
    local c = 2 * i
    if c > n then return i end
    if a[c] < a[i] then a[c], a[i] = a[i], a[c] end
    i = c
  end
end
local a = {}
for i = 1, 200 do a[i] = (i * 7919) % 211 end
local s = 0
for r = 1, 30 do
  for i = 1, 100 do s = s + sift(a, i, 200) end
end
print(s, a[1], a[200]) -- expect: 454980	13	114
local retfs = jit.util.ntraces()
print(retfs >= 3) -- expect: true

-- The same function returning to two call sites in turn, with different result counts.
local function find(t, x)
  local i = 1
  while t[i] do
    if t[i] == x then return i, t[i] end
    i = i + 1
  end
  return nil, "none"
end
local t = {}
for i = 1, 20 do t[i] = i * 3 end
local acc, msg = 0, nil
for k = 1, 200 do
  if k % 3 == 0 then
    local i, v = find(t, (k % 25) * 3)
    acc = acc + (i or 0) + (type(v) == "number" and v or 0)
  else
    acc = acc + (find(t, (k % 21) * 3) or 100)
    local _, m = find(t, 1000)
    msg = m
  end
end
print(acc, msg) -- expect: 3611	none

-- The caller frame is a C function (pcall), a metamethod (__index) or a coroutine's base: the
-- return is not compiled as a RETF there, and the results are right.
local function count(n)
  local c = 0
  while c < n do c = c + 1 end
  return c
end
local tot = 0
for k = 1, 50 do
  local ok, c = pcall(count, k)
  tot = tot + c
  local p = setmetatable({}, { __index = function(_, key) return count(key) end })
  tot = tot + p[k]
  local co = coroutine.wrap(function(x) return count(x) end)
  tot = tot + co(k)
end
print(tot) -- expect: 3825

-- An upvalue open on the returning frame: it must be closed, so that return goes through the
-- interpreter; the closure sees the final value.
local fns = {}
local function mk(n)
  local v = 0
  fns[#fns + 1] = function() return v end
  while v < n do v = v + 1 end
  return v
end
local u = 0
for k = 1, 40 do u = u + mk(k % 7) end
local w = 0
for _, f in ipairs(fns) do w = w + f() end
print(u, w) -- expect: 120	120

-- A caller that wants no result, and one that wants three.
local sink = {}
local function fill(n)
  local j = 0
  while j < n do j = j + 1; sink[j] = j end
  return j, -j
end
local x, y, z, sum3 = nil, nil, nil, 0
for k = 1, 60 do
  fill(k % 9)
  x, y, z = fill(k % 5)
  sum3 = sum3 + x + y + (z == nil and 1 or 1000)
end
print(sum3, #sink) -- expect: 60	8

-- A traceback from a frame entered after a RETF and a link from an inlined frame.
local function deep(n)
  local i = 0
  while i < n do i = i + 1 end
  if n == 37 then error("at " .. n) end
  return i
end
local function drive()
  local r = 0
  for k = 1, 40 do r = r + deep(k) end
  return r
end
print(pcall(drive)) -- expect: false	tests/jit/retf.lua:105: at 37
local tb = select(2, xpcall(drive, debug.traceback))
print(tb:match("retf.lua:105: in function 'deep'\n%s*[^\n]*retf.lua:110: in function <[^\n]*retf.lua:108>") ~= nil) -- expect: true

-- Deep recursion through a function whose loop is compiled: frames made at links near the
-- stack's end still fit (the link checks the room, else exits).
local function rec(n)
  local i = 0
  while i < 3 do i = i + 1 end
  if n == 0 then return 0 end
  return rec(n - 1) + i
end
print(rec(150), pcall(rec, 1e6)) -- expect: 450	false	tests/jit/retf.lua:123: stack overflow

-- Tail calls from a side trace's first frame (TAILF): the frame gets the callee's size and
-- counts the tail call (a traceback shows it); an open upvalue makes it exit.
local function leaf(n) local j = 0 while j < n do j = j + 1 end return j end
local function mid(n)
  local k = 0
  while k < 2 do k = k + 1 end
  return leaf(n + k)
end
local tc = 0
for k = 1, 60 do tc = tc + mid(k % 4) end
print(tc) -- expect: 210
local function big(n)   -- a callee with a large frame: the tail call checks the stack's room
  local a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19,
    a20, a21, a22, a23, a24, a25, a26, a27, a28, a29, a30, a31, a32, a33, a34, a35, a36, a37,
    a38, a39, a40 = n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n,
    n, n, n, n, n, n, n, n, n, n, n, n, n, n, n
  return a1 + a40
end
local function tobig(n)
  local k = 0
  while k < 2 do k = k + 1 end
  return big(n)
end
local function nest(d, n) if d == 0 then return tobig(n) end return nest(d - 1, n) + 0 end
local bg = 0
for k = 1, 80 do bg = bg + nest(k % 30, k) end
print(bg) -- expect: 6480
local function failing(n)
  local k = 0
  while k < 2 do k = k + 1 end
  if n == 55 then error("tail " .. n) end
  return n
end
local function viatail(n)
  local k = 0
  while k < 2 do k = k + 1 end
  return failing(n)
end
local ok2, tb2 = xpcall(function() for k = 1, 60 do viatail(k) end end, debug.traceback)
print(ok2, tb2:match("^[^\n]*"), tb2:match("%(tail call%)") ~= nil) -- expect: false	tests/jit/retf.lua:157: tail 55	true
local cl = {}
local function withup(n)
  local v = n
  local k = 0
  while k < 2 do k = k + 1 end
  cl[#cl + 1] = function() return v end
  return leaf(v)
end
local wu = 0
for k = 1, 40 do wu = wu + withup(k % 5) end
local v = 0
for _, f in ipairs(cl) do v = v + f() end
print(wu, v) -- expect: 80	80

-- A trace entered with few frames left in the thread's CallInfo array (a new coroutine, deep
-- calls): the array grows at the entry, as a call would grow it, and the loop runs compiled
-- (its exits are counted).
local function inner3(x) return x + 1 end
local function inner2(x) return inner3(x) * 2 end
local function inner1(x) return inner2(x) - 1 end
local function loopy(n)
  local s = 0
  for i = 1, n do s = s + inner1(i) end
  return s
end
local function descend(d, n) if d == 0 then return loopy(n) end return descend(d - 1, n) + 0 end
for d = 2, 3 do   -- the array is full but for one or two frames at the loop
  local e0 = jit.util.nexits()
  local co = coroutine.wrap(function() return descend(d, 200) end)
  print(co(), jit.util.nexits() > e0) -- expect: 40400	true
end
-- expect: 40400	true

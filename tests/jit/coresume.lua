-- coroutine.resume and coroutine.wrap's functions called from compiled code (CALLC of a
-- function that runs Lua code on another thread, FF_CCALLLUA): results, errors, dead
-- coroutines, and slots the coroutine changes through upvalues, all as the interpreter has them.
jit.opt.start("hotloop=2", "hotexit=2")

-- A ring of coroutines passing a counter.
local ring = {}
for i = 1, 5 do
  ring[i] = coroutine.create(function(v)
    while true do v = coroutine.yield(v + i) end
  end)
end
local v, id = 0, 1
for _ = 1, 200 do
  local ok, r = coroutine.resume(ring[id], v)
  if not ok then error(r) end
  v = r
  id = id % 5 + 1
end
print(v, id) -- expect: 600	1

-- A generator made by wrap; its values change type now and then.
local gen = coroutine.wrap(function()
  local i = 0
  while true do
    i = i + 1
    if i % 7 == 0 then coroutine.yield("s" .. i) else coroutine.yield(i) end
  end
end)
local sum, strs = 0, {}
for _ = 1, 100 do
  local x = gen()
  if type(x) == "number" then sum = sum + x else strs[#strs + 1] = x end
end
print(sum, #strs, strs[1], strs[14]) -- expect: 4315	14	s7	s98

-- The coroutine changes a local of the loop's function through an upvalue: the trace reads
-- the slot again after the call.
do
  local count, seen = 0, 0
  local co = coroutine.wrap(function()
    while true do count = count + 2; coroutine.yield() end
  end)
  for _ = 1, 50 do
    local before = count
    co()
    seen = seen + (count - before)
  end
  print(count, seen) -- expect: 100	100
end

-- A local the coroutine sets to another type.
do
  local slot = 1
  local co = coroutine.wrap(function()
    local n = 0
    while true do
      n = n + 1
      if n == 30 then slot = "changed" else slot = n end
      coroutine.yield()
    end
  end)
  local nums, last = 0, nil
  for _ = 1, 40 do
    co()
    if type(slot) == "number" then nums = nums + 1 end
    last = slot
  end
  print(nums, last) -- expect: 39	40
end

-- Errors: resume returns false and the message; a dead coroutine cannot be resumed.
do
  local msgs = {}
  for i = 1, 30 do
    local co = coroutine.create(function(x)
      if x % 10 == 0 then error("bad " .. x, 0) end
      coroutine.yield(x)
      return x * 2
    end)
    local ok1, a = coroutine.resume(co, i)
    local ok2, b = coroutine.resume(co)
    local ok3, c = coroutine.resume(co)
    if not ok1 then msgs[#msgs + 1] = a end
    if i == 29 then print(ok1, a, ok2, b, ok3, c) end -- expect: true	29	true	58	false	cannot resume dead coroutine
  end
  print(#msgs, msgs[1], msgs[3]) -- expect: 3	bad 10	bad 30
end

-- An error in a wrapped coroutine goes through the trace to the pcall around the loop, with
-- the caller's position before the error's own (as 5.1's wrap adds it).
do
  local function run(n)
    local g = coroutine.wrap(function()
      for i = 1, n do coroutine.yield(i) end
      error("done at " .. n)
    end)
    local s = 0
    for _ = 1, n + 5 do s = s + g() end
    return s
  end
  local ok, e = pcall(run, 25)
  print(ok, (string.gsub(e, "^.-:%d+: ", ""))) -- expect: false	tests/jit/coresume.lua:96: done at 25
end

-- The coroutine has hot loops of its own (traces entered while the caller's trace is in the
-- call), and resume is called from an inlined function.
do
  local function work(n)
    local s = 0
    for i = 1, n do s = s + i % 3 end
    return s
  end
  local co = coroutine.wrap(function()
    while true do coroutine.yield(work(40)) end
  end)
  local function step() return co() end
  local total = 0
  for _ = 1, 60 do total = total + step() end
  print(total) -- expect: 2400
end

-- resume with many arguments and results.
do
  local co = coroutine.create(function(...)
    local args = { ... }
    while true do args = { coroutine.yield(args[1], args[2], args[3], #args) } end
  end)
  local acc = 0
  for i = 1, 40 do
    local ok, a, b, c, n = coroutine.resume(co, i, i + 1, i + 2, i + 3)
    acc = acc + a + b + c + n
  end
  print(acc) -- expect: 2740
end

-- A closure over the loop's local made only on a later call of the function (after the trace
-- was recorded without it): the coroutine changes the local through it.
do
  local hook
  local co = coroutine.wrap(function()
    while true do if hook then hook() end coroutine.yield() end
  end)
  local function f(mk)
    local x = 0
    if mk then hook = function() x = x + 10 end end
    local s = 0
    for _ = 1, 30 do co(); s = s + x end
    hook = nil
    return s
  end
  print(f(false), f(false), f(true)) -- expect: 0	0	4650
end

-- A numeric for loop's variable captured and changed by the coroutine: the loop goes on from
-- its hidden index, as in the interpreter.
do
  local seen = {}
  local setter
  local co = coroutine.wrap(function()
    while true do setter(); coroutine.yield() end
  end)
  for i = 1, 40 do
    setter = function() i = i + 100 end
    co()
    seen[#seen + 1] = i
  end
  print(#seen, seen[1], seen[40]) -- expect: 40	101	140
end

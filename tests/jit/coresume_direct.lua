-- coroutine.resume called by compiled code in its usual case (jit_coresume: no C frame for
-- resume, values and results moved between the stacks directly): every count of results the
-- call wants, errors (false and the value, a table kept as is), results that need the stack to
-- grow, a coroutine that is not in the usual case (not started, suspended in a pcall, dead,
-- running), a value that is not a coroutine, and a loop that keeps its slots around the call.
jit.opt.start("hotloop=1", "hotexit=1")

local function counter()
  return coroutine.create(function(a, b)
    while true do a, b = coroutine.yield(a + 1, b, a * 2) end
  end)
end

-- nres 0, 1, 2, 3 and all (MULTRET into a table constructor and select('#')).
local co = counter()
local s, t = 0, nil
for i = 1, 50 do coroutine.resume(co, i, "x") end
for i = 1, 50 do local ok = coroutine.resume(co, i, "x") s = s + (ok and 1 or 0) end
for i = 1, 50 do local ok, v = coroutine.resume(co, i, "x") s = s + v end
for i = 1, 50 do local ok, v, w, z = coroutine.resume(co, i, nil) s = s + v + z + (w == nil and 1 or 0) end
for i = 1, 50 do t = { coroutine.resume(co, i, i) } s = s + #t end
for i = 1, 50 do s = s + select('#', coroutine.resume(co, i)) end
print(s) -- expect: 5700

-- Errors: a string (with the position), a table (the same table), after some values.
local err = {}
local e1 = coroutine.create(function(n)
  while true do
    if n > 40 then error("too big " .. n) end
    if n < 0 then error(err) end
    n = coroutine.yield(n)
  end
end)
local got = {}
for i = 1, 45 do
  local ok, v = coroutine.resume(e1, i)
  if not ok then got[#got + 1] = v end
end
print(#got, got[1], coroutine.status(e1)) -- expect: 5	tests/jit/coresume_direct.lua:29: too big 41	dead
local e2 = coroutine.create(function(n) while true do if n < 0 then error(err) end n = coroutine.yield(n) end end)
local same = 0
for i = 30, -5, -1 do
  local ok, v = coroutine.resume(e2, i)
  if not ok and v == err then same = same + 1 end
end
print(same) -- expect: 1

-- Many results: the resuming thread's stack grows for them.
local many = coroutine.create(function(n)
  while true do n = coroutine.yield(unpack({}, 1, n)) end
end)
local total = 0
for i = 1, 60 do
  total = total + select('#', coroutine.resume(many, i * 20))
end
print(total) -- expect: 36660

-- Not the usual case: each falls back to the library function (same results).
local fresh, inpcall = 0, 0
for i = 1, 30 do
  local c = coroutine.create(function(a) return a * 3 end)        -- not started
  local ok, v = coroutine.resume(c, i)
  fresh = fresh + v
  local ok2, m = coroutine.resume(c, i)                            -- dead
  if not ok2 and m == "cannot resume dead coroutine" then fresh = fresh + 1 end
end
local pc = coroutine.create(function()
  while true do pcall(function() local v = coroutine.yield(1) inpcall = inpcall + v end) end
end)
for i = 1, 30 do coroutine.resume(pc, i) end
print(fresh, inpcall) -- expect: 1425	464
local msgs = {}
for i = 1, 5 do
  local ok, m = pcall(coroutine.resume, i)
  msgs[#msgs + 1] = m
end
print(msgs[5]) -- expect: bad argument #1 to '?' (coroutine expected)
local selfco
selfco = coroutine.create(function()
  local r = {}
  for i = 1, 10 do local ok, m = coroutine.resume(selfco) r[#r + 1] = m end
  return r[10]
end)
print(coroutine.resume(selfco)) -- expect: true	cannot resume running coroutine

-- Slots around the call keep their values (the call moves nothing but its own results).
local a, b, c = 1, 2.5, "k"
local cc = counter()
local acc = 0
for i = 1, 40 do
  local x = i * 2
  local ok, v = coroutine.resume(cc, x, c)
  acc = acc + v - x + a + b + #c
end
print(acc) -- expect: 220

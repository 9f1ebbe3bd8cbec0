-- yields inside pcall: the coroutine suspends with the pcall in it
-- (LuaJIT behaviour; expectations from LuaJIT 2.1, `luajit -joff`)
local co = coroutine.wrap(function(a)
  local ok, v, w = pcall(coroutine.yield, a)
  print("in", ok, v, w)
  ok, v = pcall(function(x) local y = coroutine.yield(x + 1) return y * 2 end, 10)
  print("lua", ok, v)
  return "done"
end)
print(co(1))
print(co("r1", "r2"))
print(co(21))
-- an error after resuming is caught by the pcall that was suspended
local co2 = coroutine.create(function()
  local ok, e = pcall(function() local x = coroutine.yield("paused") error("after " .. x) end)
  print("caught", ok, e)
  ok, e = pcall(function() coroutine.yield() error({code = 7}) end)
  print("table", ok, type(e), e.code)
  return "end"
end)
print(coroutine.resume(co2))
print(coroutine.resume(co2, "resume"))
print(coroutine.resume(co2))
print(coroutine.status(co2))
-- nested pcalls, each level suspended, then the inner one errors
local co3 = coroutine.wrap(function()
  local r = {pcall(function()
    local ok, e = pcall(function() coroutine.yield(1) error("inner", 0) end)
    coroutine.yield(2)
    return ok, e
  end)}
  return unpack(r)
end)
print(co3())
print(co3())
print(co3())
-- pcall of pcall, tail-called pcall, pcall results count
local co4 = coroutine.wrap(function()
  print(pcall(pcall, coroutine.yield, "pp"))
  local function tail() return pcall(coroutine.yield, "tail") end
  print(tail())
  local a, b, c = pcall(coroutine.yield, "three")
  print(a, b, c)
  return "ok"
end)
print(co4())
print(co4("x"))
print(co4("y"))
print(co4("z1", "z2", "z3"))
-- errors that are not caught by a pcall still end the coroutine
local co5 = coroutine.create(function() pcall(coroutine.yield) error("out", 0) end)
print(coroutine.resume(co5))
print(coroutine.resume(co5))
print(coroutine.status(co5))
-- (expected output)
-- expect: 1
-- expect: in	true	r1	r2
-- expect: 11
-- expect: lua	true	42
-- expect: done
-- expect: true	paused
-- expect: caught	false	tests/lua/yield/pcall.lua:15: after resume
-- expect: true
-- expect: table	false	table	7
-- expect: true	end
-- expect: dead
-- expect: 1
-- expect: 2
-- expect: true	false	inner
-- expect: pp
-- expect: true	true	x
-- expect: tail
-- expect: true	y
-- expect: three
-- expect: true	z1	z2
-- expect: ok
-- expect: true
-- expect: false	out
-- expect: dead

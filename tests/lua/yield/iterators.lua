-- yields inside the iterator function of a generic for
-- (LuaJIT behaviour; expectations from LuaJIT 2.1, `luajit -joff`)
local function gen()
  local i = 0
  return function(s, c)
    i = i + 1
    if i > 3 then return nil end
    return coroutine.yield(i), i * 10
  end
end
local co = coroutine.wrap(function()
  local out = {}
  for k, v in gen() do out[#out + 1] = k .. "=" .. v end
  return table.concat(out, " ")
end)
print(co())
print(co("a"))
print(co("b"))
print(co("c"))
-- coroutine.yield itself as the iterator
local co2 = coroutine.wrap(function()
  local n = 0
  for k, v in coroutine.yield, "state", "init" do n = n + 1 end
  return "iterations " .. n
end)
print(co2())
print(co2(1, 2))
print(co2(3))
print(co2(nil))
-- an iterator of a C function keeps working, and an iterator that errors after resuming
local co3 = coroutine.create(function()
  for i, v in ipairs({"x", "y"}) do coroutine.yield(i .. v) end
  for k in function() coroutine.yield("about to fail") error("iter failed", 0) end do end
end)
print(coroutine.resume(co3))
print(coroutine.resume(co3))
print(coroutine.resume(co3))
print(coroutine.resume(co3))
print(coroutine.status(co3))
-- pcall as the iterator
local co4 = coroutine.wrap(function()
  local n = 0
  for ok, v in pcall, coroutine.yield do
    n = n + 1
    if n == 2 then return ok, v, n end
  end
end)
print(co4())
print(co4("one"))
print(co4("two"))
-- (expected output)
-- expect: 1
-- expect: 2
-- expect: 3
-- expect: a=10 b=20 c=30
-- expect: state	init
-- expect: state	1
-- expect: state	3
-- expect: iterations 2
-- expect: true	1x
-- expect: true	2y
-- expect: true	about to fail
-- expect: false	iter failed
-- expect: dead
-- expect: nil
-- expect: true
-- expect: true	two	2

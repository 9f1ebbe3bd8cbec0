-- yields inside xpcall, and the handler sees errors raised after the resume
-- (LuaJIT behaviour; expectations from LuaJIT 2.1, `luajit -joff`)
local function handler(e) return "handled: " .. tostring(e) end
local co = coroutine.wrap(function()
  print(xpcall(function() return coroutine.yield("y1") end, handler))
  print(xpcall(function() local v = coroutine.yield("y2") error(v, 0) end, handler))
  print(xpcall(function() local v = coroutine.yield("y3") local t = nil; return t.x end, handler))
  return "fin"
end)
print(co())
print(co("a", "b"))
print(co("boom"))
print(co())
-- the handler runs at the point of error: the traceback still has the erroring function
local co2 = coroutine.wrap(function()
  return xpcall(function()
    coroutine.yield("waiting")
    local function deep() error("deep error") end
    deep()
  end, function(e) return debug.traceback(e, 1):match("in function 'deep'") ~= nil end)
end)
print(co2())
print(co2())
-- errors in the handler: 5.1's "error in error handling"
local co3 = coroutine.wrap(function()
  return xpcall(function() coroutine.yield(1) error("first") end, function(e) error("again") end)
end)
print(co3())
print(co3())
-- xpcall inside pcall inside xpcall, all suspended
local co5 = coroutine.wrap(function()
  return xpcall(function()
    return pcall(function()
      return xpcall(function() coroutine.yield("in") error("e", 0) end, function(e) return "h3:" .. e end)
    end)
  end, handler)
end)
print(co5())
print(co5())
-- (expected output)
-- expect: y1
-- expect: true	a	b
-- expect: y2
-- expect: false	handled: boom
-- expect: y3
-- expect: false	handled: tests/lua/yield/xpcall.lua:7: attempt to index local 't' (a nil value)
-- expect: fin
-- expect: waiting
-- expect: false	true
-- expect: 1
-- expect: false	error in error handling
-- expect: in
-- expect: true	true	false	h3:e

-- coroutine.running() in the main thread is nil, as LuaJIT 2.1 (without 5.2 compatibility) and 5.1
print(coroutine.running())
print(select("#", coroutine.running()))
local co = coroutine.create(function() return coroutine.running() end)
local ok, th = coroutine.resume(co)
print(ok, th == co, type(th))

-- Expected output (produced by luajit 2.1):
-- expect: nil
-- expect: 1
-- expect: true	true	thread

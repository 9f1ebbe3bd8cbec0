-- errors inside coroutines: resume returns false, wrap re-raises with position
local co = coroutine.create(function() local x = nil; return x.field end)
print(coroutine.resume(co)) -- expect: false	tests/lua/coroutine/wrap_errors.lua:2: attempt to index local 'x' (a nil value)
print(coroutine.status(co)) -- expect: dead
local w = coroutine.wrap(function() error("oops") end)
print(pcall(w)) -- expect: false	tests/lua/coroutine/wrap_errors.lua:5: oops
local w2 = coroutine.wrap(function() error({code = 7}) end)
local ok, e = pcall(w2)
print(ok, type(e), e.code) -- expect: false	table	7
print(pcall(coroutine.resume, 42)) -- expect: false	bad argument #1 to '?' (coroutine expected)
local self
self = coroutine.create(function() return coroutine.resume(self) end)
print(coroutine.resume(self)) -- expect: true	false	cannot resume running coroutine

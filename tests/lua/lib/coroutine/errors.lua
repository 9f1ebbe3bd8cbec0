-- coroutine error messages (5.1 wording) and wrap's error propagation
local function try(f) print(select(2, pcall(f))) end

local co = coroutine.create(function() error("oops") end)
print(coroutine.resume(co))
print(coroutine.status(co))
print(coroutine.resume(co))
local done = coroutine.create(function() return 1 end)
coroutine.resume(done)
print(coroutine.resume(done))
local tco = coroutine.create(function() error({code = 7}) end)
local ok, e = coroutine.resume(tco)
print(ok, type(e), e.code)

try(function() coroutine.create(print) end)
try(function() coroutine.create() end)
try(function() coroutine.resume() end)
try(function() coroutine.resume(1) end)
try(function() coroutine.status({}) end)
try(function() coroutine.wrap(42) end)
print(pcall(coroutine.yield, 1))

local gen = coroutine.wrap(function() coroutine.yield(1) end)
print(gen(), gen())
try(function() gen() end)
local w = coroutine.wrap(function() error("werr") end)
try(function() w() end)
local w0 = coroutine.wrap(function() error("nopos", 0) end)
try(function() w0() end)
local wt = coroutine.wrap(function() error({code = 1}) end)
print(type(select(2, pcall(wt))))
local wi = coroutine.wrap(function() local x = nil; return x.y end)
try(function() wi() end)

-- (expected output)
-- expect: false	tests/lua/lib/coroutine/errors.lua:4: oops
-- expect: dead
-- expect: false	cannot resume dead coroutine
-- expect: false	cannot resume dead coroutine
-- expect: false	table	7
-- expect: tests/lua/lib/coroutine/errors.lua:15: bad argument #1 to 'create' (Lua function expected)
-- expect: tests/lua/lib/coroutine/errors.lua:16: bad argument #1 to 'create' (Lua function expected)
-- expect: tests/lua/lib/coroutine/errors.lua:17: bad argument #1 to 'resume' (coroutine expected)
-- expect: tests/lua/lib/coroutine/errors.lua:18: bad argument #1 to 'resume' (coroutine expected)
-- expect: tests/lua/lib/coroutine/errors.lua:19: bad argument #1 to 'status' (coroutine expected)
-- expect: tests/lua/lib/coroutine/errors.lua:20: bad argument #1 to 'wrap' (Lua function expected)
-- expect: false	attempt to yield across metamethod/C-call boundary
-- expect: 1
-- expect: tests/lua/lib/coroutine/errors.lua:25: cannot resume dead coroutine
-- expect: tests/lua/lib/coroutine/errors.lua:27: tests/lua/lib/coroutine/errors.lua:26: werr
-- expect: tests/lua/lib/coroutine/errors.lua:29: nopos
-- expect: table
-- expect: tests/lua/lib/coroutine/errors.lua:33: tests/lua/lib/coroutine/errors.lua:32: attempt to index local 'x' (a nil value)

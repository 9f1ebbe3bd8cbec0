-- coroutine.resume/wrap: the status boolean and results (many of them), errors, resuming
-- dead and running coroutines, non-coroutine arguments
local co = coroutine.create(function(a, b) local c = coroutine.yield(a + b) error("boom " .. c) end)
print(coroutine.resume(co, 1, 2))
print(coroutine.resume(co, "x"))
print(coroutine.resume(co))
print(pcall(coroutine.resume, 5))
local w = coroutine.wrap(function(...) coroutine.yield(...) return "done" end)
print(w(1, 2, 3)) print(w()) print(pcall(w))
print(coroutine.resume(coroutine.create(function() return coroutine.resume(coroutine.running()) end)))
local me
me = coroutine.create(function() return coroutine.resume(me) end)
print(coroutine.resume(me))
local many = coroutine.create(function(...) return select("#", ...), ... end)
local args = {} for i = 1, 300 do args[i] = i end
local r = {coroutine.resume(many, unpack(args))}
print(#r, r[1], r[2], r[302])
local e = coroutine.create(function() error({}) end)
local ok, v = coroutine.resume(e) print(ok, type(v))
local n = coroutine.create(function() return end)
print(coroutine.resume(n)) print(coroutine.resume(n))

-- (expected output, from lua5.1)
-- expect: true	3
-- expect: false	tests/lua/coroutine/resume_status_results.lua:3: boom x
-- expect: false	cannot resume dead coroutine
-- expect: false	bad argument #1 to '?' (coroutine expected)
-- expect: 1	2	3
-- expect: done
-- expect: false	cannot resume dead coroutine
-- expect: true	false	cannot resume running coroutine
-- expect: true	false	cannot resume running coroutine
-- expect: 302	true	300	300
-- expect: false	table
-- expect: true
-- expect: false	cannot resume dead coroutine

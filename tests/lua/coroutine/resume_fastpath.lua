-- coroutine.resume's fast case (do_resumeyield: a coroutine suspended in a yield called from
-- Lua) against the shapes of the yield's call: results wanted 0, 1, 2 or all, a yield under
-- pcall and in a metamethod (resumed through the interpreter's continuations), errors after a
-- resume, wrap, a hook on the coroutine (the general path), running/dead coroutines, 250
-- arguments. Expectations from luajit (PUC Lua 5.1 cannot yield across pcall).
local function show(...) local t = {n = select('#', ...), ...}; local s = {} for i = 1, t.n do s[#s+1] = tostring(t[i]) end return table.concat(s, ",") end
local co = coroutine.create(function(a, b)
  print("start", a, b)
  local x, y = coroutine.yield(1, 2, 3)          -- two wanted
  print("got2", x, y)
  coroutine.yield()                               -- none wanted
  print("got multi", show(coroutine.yield("m")))  -- MULTRET
  local z = coroutine.yield(nil)                  -- one wanted
  print("got1", z)
  local ok, v = pcall(function() return coroutine.yield("in pcall") end)
  print("pcall", ok, v)
  local t = setmetatable({}, {__index = function(t, k) return coroutine.yield("in index " .. k) end})
  print("meta", pcall(function() return t.foo end))
  for i = 1, 3 do print("loop", coroutine.yield(i)) end
  return "done", 99
end)
print(show(coroutine.resume(co, "a", "b")))
print(show(coroutine.resume(co, "x")))
print(show(coroutine.resume(co, "p", "q", "r")))
print(show(coroutine.resume(co, 1, 2, 3, 4, 5)))
print(show(coroutine.resume(co)))
print(show(coroutine.resume(co, "pv", "extra")))
print(show(coroutine.resume(co, "metav")))
for i = 1, 4 do print(show(coroutine.resume(co, i * 10, i))) end
print(show(coroutine.resume(co)))
print(coroutine.status(co))
-- errors after a resume
local e = coroutine.create(function() local v = coroutine.yield() error("boom " .. tostring(v)) end)
coroutine.resume(e)
print(show(coroutine.resume(e, 7)))
print(coroutine.status(e), show(coroutine.resume(e)))
local e2 = coroutine.create(function() local v = coroutine.yield() error({code = v}) end)
coroutine.resume(e2)
local ok, err = coroutine.resume(e2, 5); print(ok, type(err), err.code)
-- wrap, nested
local gen = coroutine.wrap(function() for i = 1, 3 do coroutine.yield(i, i * i) end end)
print(gen()); print(gen()); print(gen())
local outer = coroutine.wrap(function()
  local inner = coroutine.wrap(function() for i = 1, 3 do coroutine.yield(i) end end)
  for i = 1, 3 do coroutine.yield(inner() + 100) end
end)
print(outer(), outer(), outer())
local w = coroutine.wrap(function() coroutine.yield() error("werr") end)
w(); print(pcall(w))
-- a tail-called yield, a yield through a C function of the library
local tc = coroutine.create(function(a) while true do a = coroutine.yield(a * 2) end end)
local tc2 = coroutine.create(function(a) return coroutine.yield(a) end)
print(show(coroutine.resume(tc2, 1))); print(show(coroutine.resume(tc2, 2, 3)))
local s = 0
for i = 1, 1000 do local ok, v = coroutine.resume(tc, i); s = s + v end
print("sum", s)
-- hooks on the coroutine: the general path
local hk = coroutine.create(function() local n = 0 while true do n = n + coroutine.yield(n) end end)
debug.sethook(hk, function() end, "", 1)
local last
for i = 1, 50 do local ok, v = coroutine.resume(hk, i); last = v end
print("hook", last)
-- resuming a running / normal coroutine, a dead one
local self
self = coroutine.create(function() print(coroutine.resume(self)); coroutine.yield(); end)
coroutine.resume(self)
print(show(coroutine.resume(self)))
print(show(coroutine.resume(self)))
-- many arguments
local many = coroutine.create(function(...) local n = 0 while true do n = select('#', coroutine.yield(n)) end end)
coroutine.resume(many)
print(show(coroutine.resume(many, unpack({}, 1, 100))))
print(show(coroutine.resume(many, unpack({}, 1, 250))))
-- expect: start	a	b
-- expect: true,1,2,3
-- expect: got2	x	nil
-- expect: true
-- expect: true,m
-- expect: got multi	1,2,3,4,5
-- expect: true,nil
-- expect: got1	nil
-- expect: true,in pcall
-- expect: pcall	true	pv
-- expect: true,in index foo
-- expect: meta	true	metav
-- expect: true,1
-- expect: loop	10	1
-- expect: true,2
-- expect: loop	20	2
-- expect: true,3
-- expect: loop	30	3
-- expect: true,done,99
-- expect: false,cannot resume dead coroutine
-- expect: false,cannot resume dead coroutine
-- expect: dead
-- expect: false,tests/lua/coroutine/resume_fastpath.lua:33: boom 7
-- expect: dead	false,cannot resume dead coroutine
-- expect: false	table	5
-- expect: 1	1
-- expect: 2	4
-- expect: 3	9
-- expect: 101	102	103
-- expect: false	tests/lua/coroutine/resume_fastpath.lua:48: werr
-- expect: true,1
-- expect: true,2,3
-- expect: sum	1001000
-- expect: hook	1274
-- expect: false	cannot resume running coroutine
-- expect: true
-- expect: false,cannot resume dead coroutine
-- expect: true,100
-- expect: true,250

-- yields inside every kind of metamethod the interpreter calls
-- (LuaJIT behaviour; expectations from LuaJIT 2.1, `luajit -joff`)
local y = coroutine.yield
local mt = {}
mt.__index = function(t, k) return y("index " .. k) end
mt.__newindex = function(t, k, v) rawset(t, k, y("newindex " .. k) .. v) end
mt.__call = function(self, a, b) return y("call"), a + b end
mt.__add = function(a, b) return y("add") end
mt.__sub = function(a, b) return y("sub") end
mt.__mul = function(a, b) return y("mul") end
mt.__div = function(a, b) return y("div") end
mt.__mod = function(a, b) return y("mod") end
mt.__pow = function(a, b) return y("pow") end
mt.__unm = function(a) return y("unm") end
mt.__concat = function(a, b) return y("concat") end
mt.__eq = function(a, b) return y("eq") end
mt.__lt = function(a, b) return y("lt") end
mt.__le = function(a, b) return y("le") end
local a, b = setmetatable({}, mt), setmetatable({}, mt)

local function run(name, f, ...)
  local co = coroutine.create(f)
  local r = {coroutine.resume(co)}
  local vals = {...}
  local i = 1
  while coroutine.status(co) == "suspended" do
    io.write(tostring(r[2]), "; ")
    r = {coroutine.resume(co, vals[i])}
    i = i + 1
  end
  print(name, unpack(r))
end

run("index", function() return a.foo, a[1], a[a] ~= nil end, 10, 20, 30)
run("gget", function() return setfenv(function() return undefined_global end, a)() end, "g")
run("newindex", function() a.x = "v"; a[2] = "w"; return rawget(a, "x"), rawget(a, 2) end, "X", "Y")
run("call", function() return a(1, 2) end, "c")
run("arith", function() return a + 1, 2 - a, a * a, a / 2, a % 3, a ^ 2 end, 1, 2, 3, 4, 5, 6)
run("arithk", function() local n = 5 return n + a, a + n end, "l", "r")
run("unm", function() return -a end, -1)
run("concat", function() return "x" .. a .. "y", a .. "z" end, "C1", "C2")
run("concat3", function() return a .. b .. a end, "p", "q")
run("eq", function() return a == b, a ~= b end, true, 1)
run("eqfalse", function() return a == b, a ~= b end, false, nil)
run("lt", function() return a < b, a > b, not (a < b) end, true, false, 1)
run("le", function() return a <= b, a >= b end, 1, false)
run("branch", function()
  local out = {}
  if a < b then out[#out + 1] = "lt" end
  if a <= b then out[#out + 1] = "le" else out[#out + 1] = "nle" end
  if a == b then out[#out + 1] = "eq" end
  while a < b do out[#out + 1] = "loop" end
  return table.concat(out, ",")
end, true, false, true, true, true, false)
-- __le missing: a <= b is not (b < a)
local lonly = {__lt = function(x, z) return y("lt-only") end}
local c, d = setmetatable({}, lonly), setmetatable({}, lonly)
run("le-by-lt", function() return c <= d, c >= d end, true, false)
-- __len is used for userdata in 5.1
local u = newproxy(true)
getmetatable(u).__len = function(x) return y("len") end
run("len", function() return #u end, 42)
-- values around the metamethod call are kept
run("keep", function()
  local p, q, r = 1, 2, 3
  local v = a.k
  return p, q, r, v
end, "kept")
-- a metamethod yielding several times and calling other metamethods
mt.__index = function(t, k) local s = y("first") local s2 = y("second") return s .. s2 .. (a + 0) end
run("multi", function() return a.z end, "A", "B", "+")
-- an error raised in a metamethod after it resumed is caught by the pcall around the operation
run("error", function()
  local e = setmetatable({}, {__index = function(t, k) local v = y("before error") error("bad " .. k .. v, 0) end})
  return pcall(function() return e.key end)
end, "!")
-- and an error in the instruction's own work after the metamethod resumed (concatenating a table
-- that has no __concat) is raised at that instruction
local plain = {}
run("concat-error", function()
  return pcall(function() return plain .. a .. "x" end)
end, "C")
-- (expected output)
-- expect: index foo; index 1; concat; 30; index	true	10	20	false
-- expect: index undefined_global; gget	true	g
-- expect: newindex x; newindex 2; newindex	true	Xv	Yw
-- expect: call; call	true	c	3
-- expect: add; sub; mul; div; mod; pow; arith	true	1	2	3	4	5	6
-- expect: add; add; arithk	true	l	r
-- expect: unm; unm	true	-1
-- expect: concat; concat; concat	true	xC1	C2
-- expect: concat; concat; concat3	true	q
-- expect: eq; eq; eq	true	true	false
-- expect: eq; eq; eqfalse	true	false	true
-- expect: lt; lt; lt; lt	true	true	false	false
-- expect: le; le; le	true	true	false
-- expect: lt; le; eq; lt; lt; lt; branch	true	lt,nle,eq,loop,loop
-- expect: lt-only; lt-only; le-by-lt	true	false	true
-- expect: len; len	true	42
-- expect: index k; keep	true	1	2	3	kept
-- expect: first; second; add; multi	true	AB+
-- expect: before error; error	true	false	bad key!
-- expect: concat; concat-error	true	false	tests/lua/yield/metamethods.lua:81: attempt to concatenate upvalue 'plain' (a table value)

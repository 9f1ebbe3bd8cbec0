-- table.new and table.clear (LuaJIT): loaded with require, which also stores them in `table`
print(table.new, table.clear)
local new = require("table.new")
print(type(new), new == table.new, package.loaded["table.new"] == new)
local t = new(10, 2)
print(type(t), #t, next(t))
for i = 1, 10 do t[i] = i end
t.a, t.b = 1, 2
print(#t, t[10], t.a)
local clear = require("table.clear")
print(type(clear), clear == table.clear)
local mt = {__index = function(_, k) return "mt:" .. tostring(k) end}
local u = setmetatable({1, 2, 3, x = 1, y = 2}, mt)
clear(u)
print(u[1], u.x, rawget(u, 1), rawget(u, "x"), next(u), getmetatable(u) == mt)
u[5] = 5; u.z = "z"
print(u[5], u.z, rawget(u, 1))
local n = 0
for _ in pairs(u) do n = n + 1 end
print(n)
clear(t)
print(#t, next(t))
t[1] = "again"
print(#t, t[1])
print(pcall(new))
print(pcall(new, "x", 1))
print(pcall(clear, 1))
print(#new(0, 0), #new(3.7, 0.5))

-- Expected output (produced by luajit 2.1):
-- expect: nil	nil
-- expect: function	true	true
-- expect: table	0	nil
-- expect: 10	10	1
-- expect: function	true
-- expect: mt:1	mt:x	nil	nil	nil	true
-- expect: 5	z	nil
-- expect: 2
-- expect: 0	nil
-- expect: 1	again
-- expect: false	bad argument #1 to '?' (number expected, got no value)
-- expect: false	bad argument #1 to '?' (number expected, got string)
-- expect: false	bad argument #1 to '?' (table expected, got number)
-- expect: 0	0

-- table.move(a1, f, e, t [, a2]) (LuaJIT, from Lua 5.3): raw reads and writes, as LuaJIT
local function show(t, n) local s = {} for i = 1, n do s[i] = tostring(t[i]) end return table.concat(s, ",") end
local a = {1, 2, 3, 4, 5}
print(table.move(a, 1, 3, 3) == a, show(a, 5))
a = {1, 2, 3, 4, 5}
print(show(table.move(a, 2, 5, 1), 5))
local b = table.move({1, 2, 3}, 1, 3, 2, {})
print(b[1], show(b, 4))
print(show(table.move({1, 2}, 1, 0, 1, {9}), 1))
local log = {}
local src = setmetatable({}, {__index = function(_, k) return k * 10 end})
local dst = setmetatable({}, {__newindex = function(t, k, v) log[#log + 1] = k .. "=" .. v; rawset(t, k, v) end})
table.move(src, 1, 3, 5, dst)
print(#log, dst[5], rawget(dst, 5))
print(pcall(table.move, 1, 1, 1, 1))
print(pcall(table.move, {}, 1, 1, 1, 2))


-- Expected output (produced by luajit 2.1):
-- expect: true	1,2,1,2,3
-- expect: 2,3,4,5,5
-- expect: nil	nil,1,2,3
-- expect: 9
-- expect: 0	nil	nil
-- expect: false	bad argument #1 to '?' (table expected, got number)
-- expect: false	bad argument #5 to '?' (table expected, got number)

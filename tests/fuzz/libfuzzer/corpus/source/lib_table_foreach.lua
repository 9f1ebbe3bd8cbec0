-- table.foreach / foreachi (5.1 deprecated but present)
table.foreachi({"a", "b", "c"}, function(i, v) print(i, v) end)
print(table.foreachi({10, 20, 30}, function(i, v) if v == 20 then return "stop" .. i end end))
local n = 0
table.foreach({x = 1, y = 2, z = 3}, function(k, v) n = n + v end)
print(n)
print(table.foreach({a = 1}, function(k, v) return k .. v end))
print(select('#', table.foreach({}, print)))
print(pcall(table.foreach, {}, 1))
print(pcall(table.foreachi, nil, print))

-- (expected output, from lua5.1)
-- expect: 1	a
-- expect: 2	b
-- expect: 3	c
-- expect: stop2
-- expect: 6
-- expect: a1
-- expect: 0
-- expect: false	bad argument #2 to '?' (function expected, got number)
-- expect: false	bad argument #1 to '?' (table expected, got nil)

-- table.remove from the end, the middle and out of range
local t = {"a", "b", "c", "d"}
print(table.remove(t))
print(table.concat(t, ","))
print(table.remove(t, 1))
print(table.concat(t, ","))
print(select('#', table.remove({})))
print(select('#', table.remove(t, 10)))
print(select('#', table.remove(t, 0)))
print(table.remove(t, #t))
print(#t, t[1])
print(pcall(table.remove))
print(pcall(table.remove, {}, "x"))

-- (expected output, from lua5.1)
-- expect: d
-- expect: a,b,c
-- expect: a
-- expect: b,c
-- expect: 0
-- expect: 0
-- expect: 0
-- expect: c
-- expect: 1	b
-- expect: false	bad argument #1 to '?' (table expected, got no value)
-- expect: false	bad argument #2 to '?' (number expected, got string)

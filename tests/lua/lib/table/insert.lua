-- table.insert at the end and in the middle
local t = {}
table.insert(t, "a")
table.insert(t, "b")
table.insert(t, 1, "c")
table.insert(t, 2, "d")
print(table.concat(t, ","), #t)
table.insert(t, #t + 1, "e")
print(table.concat(t, ","))
local u = {1, 2, 3}
table.insert(u, 6, "x")
print(u[4], u[5], u[6])
local v = {}
table.insert(v, nil)
print(#v)

-- (expected output, from lua5.1)
-- expect: c,d,a,b	4
-- expect: c,d,a,b,e
-- expect: nil	nil	x
-- expect: 0

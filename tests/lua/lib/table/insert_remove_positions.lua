-- table.insert/remove at the edges: position 0 and negative positions (outside the
-- sequence, so they go to the hash part), past the end, tables with a hash part
local t = {"a", "b", "c"}
table.insert(t, 0, "z")
print(t[0], t[1], t[2], t[3], t[4], #t)
local u = {"a", "b"}
table.insert(u, -1, "m")
print(u[-1], u[0], u[1], u[2], u[3])
local v = {}
for i = 5, 1, -1 do v[i] = i end   -- hash part
table.insert(v, 2, "x")
table.insert(v, "y")
print(table.concat(v, ","))
print(table.remove(v, 1), table.remove(v), table.concat(v, ","))
local w = {1, 2, 3}
table.insert(w, 5, "e")
print(#w == 3 or #w == 5, w[4], w[5])
print(table.remove(w, 3), w[3])
print(select("#", table.remove(w, 5)), select("#", table.remove(w, -1)))
local big = {}
for i = 1, 100 do big[i] = i end
for i = 1, 10 do table.insert(big, 1, -i) end
for i = 1, 5 do table.remove(big, 1) end
print(#big, big[1], big[6], big[105])
print(table.concat({1, 2.5, "x", -0.5, 1e15, 2^53}, " "))

-- (expected output, from lua5.1)
-- expect: z	nil	a	b	c	4
-- expect: m	nil	nil	a	b
-- expect: 1,x,2,3,4,5,y
-- expect: 1	y	x,2,3,4,5
-- expect: true	nil	e
-- expect: 3	nil
-- expect: 0	0
-- expect: 105	-5	1	100
-- expect: 1 2.5 x -0.5 1e+15 9.007199254741e+15

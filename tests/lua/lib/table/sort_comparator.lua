-- table.sort with an order function
local t = {5, 2, 8, 1, 9}
table.sort(t, function(a, b) return a > b end)
print(table.concat(t, " "))
local people = {{n = "bob", a = 30}, {n = "al", a = 25}, {n = "cy", a = 35}}
table.sort(people, function(x, y) return x.a < y.a end)
for _, p in ipairs(people) do io.write(" ", p.n) end
print()
-- ties keep a deterministic (implementation-defined) order
local r = {}
for i = 1, 20 do r[i] = {k = i % 3, id = i} end
table.sort(r, function(x, y) return x.k < y.k end)
local ids = {}
for i, v in ipairs(r) do ids[i] = v.k .. ":" .. v.id end
print(table.concat(ids, " "))
local calls = 0
table.sort({3, 2, 1, 5, 4}, function(a, b) calls = calls + 1 return a < b end)
print(calls)

-- (expected output, from lua5.1)
-- expect: 9 8 5 2 1
-- expect:  al bob cy
-- expect: 0:15 0:9 0:6 0:12 0:18 0:3 1:13 1:1 1:16 1:19 1:10 1:4 1:7 2:17 2:2 2:11 2:8 2:14 2:5 2:20
-- expect: 8

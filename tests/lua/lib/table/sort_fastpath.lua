-- table.sort on tables whose elements are not all in the array part, with an order
-- function that empties the table mid-sort (values kept alive), with __lt, and the
-- comparison sequence of 5.1 (visible through an inconsistent order function)
local h = {}
for i = 10, 1, -1 do h[i] = (i * 7) % 10 end  -- built backwards: hash part
table.sort(h)
print(table.concat(h, ","))
local t = {}
for i = 1, 30 do t[i] = {i} end
local calls = 0
print(pcall(table.sort, t, function(a, b)
  calls = calls + 1
  if calls == 20 then for i = 1, 30 do t[i] = nil end collectgarbage() end
  return a[1] > b[1]
end))
local mt = {__lt = function(a, b) return a.v < b.v end}
local o = {}
for i = 1, 8 do o[i] = setmetatable({v = (i * 5) % 8}, mt) end
table.sort(o)
local r = {}
for i = 1, 8 do r[i] = o[i].v end
print(table.concat(r, ","))
local seq = {}
local u = {5, 1, 4, 2, 3, 9, 8, 7, 6}
local n = 0
pcall(table.sort, u, function(a, b) n = n + 1; seq[#seq + 1] = a .. b; return n % 3 == 0 end)
print(table.concat(seq, " "))
print(table.concat(u, ","))
print(pcall(table.sort, {1, 2, 3, nil, 5}, function(a, b) return true end))
local w = {3, 1, 2}
w[5] = 0
table.sort(w)
print(w[1], w[2], w[3], w[4], w[5])

-- (expected output, from lua5.1)
-- expect: 0,1,2,3,4,5,6,7,8,9
-- expect: false	tests/lua/lib/table/sort_fastpath.lua:14: attempt to index local 'b' (a nil value)
-- expect: 0,1,2,3,4,5,6,7
-- expect: 65 35 63 16 68 46 26 69 76 26 67 31 23 12 75 47 54 84 94 49 44 54 48 57 85 78 98 88 89 95
-- expect: 9,5,8,7,4,6,3,2,1
-- expect: false	invalid order function for sorting
-- expect: 1	2	3	nil	0

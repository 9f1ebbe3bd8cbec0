-- table.sort with the default order
local t = {5, 2, 8, 1, 9, 3, 7, 4, 6, 0}
table.sort(t)
print(table.concat(t, " "))
local s = {"pear", "apple", "fig", "banana", "cherry"}
table.sort(s)
print(table.concat(s, " "))
local e = {}
table.sort(e)
print(#e)
local one = {1}
table.sort(one)
print(one[1])
local two = {2, 1}
table.sort(two)
print(two[1], two[2])
local three = {3, 1, 2}
table.sort(three)
print(table.concat(three, " "))
local dup = {3, 1, 3, 1, 2, 2}
table.sort(dup)
print(table.concat(dup, " "))
local big = {}
for i = 1, 200 do big[i] = (i * 37) % 101 end
table.sort(big)
local ok = true
for i = 2, #big do if big[i - 1] > big[i] then ok = false end end
print(ok, big[1], big[200])

-- (expected output, from lua5.1)
-- expect: 0 1 2 3 4 5 6 7 8 9
-- expect: apple banana cherry fig pear
-- expect: 0
-- expect: 1
-- expect: 1	2
-- expect: 1 2 3
-- expect: 1 1 2 2 3 3
-- expect: true	0	100

-- key 0 next to the keys 1..n (an implementation may keep it in the array part): every
-- operation sees one table, whatever part holds the key
local function keys(t)
  local ks = {}
  for k in pairs(t) do ks[#ks + 1] = tostring(k) end
  table.sort(ks)
  return table.concat(ks, " ")
end

-- a 0-based array filled in order
local t = {}
for i = 0, 9 do t[i] = i * 10 end
print(t[0], t[5], t[9], #t) -- expect: 0	50	90	9
print(keys(t)) -- expect: 0 1 2 3 4 5 6 7 8 9
local n = 0
for k, v in pairs(t) do n = n + 1; assert(t[k] == v) end
print(n) -- expect: 10
print(next({[0] = "z"})) -- expect: 0	z

-- -0 is key 0
local z = 0
print(t[-z], rawget(t, -z)) -- expect: 0	0
t[-z] = "neg"
print(t[0], rawget(t, 0)) -- expect: neg	neg
rawset(t, 0, 0)
print(t[0]) -- expect: 0

-- ipairs and # start at 1; unpack and concat reach 0 when asked
print(#t, select("#", unpack(t))) -- expect: 9	9
local c = 0
for i, v in ipairs(t) do c = c + 1 end
print(c) -- expect: 9
print(unpack(t, 0, 2)) -- expect: 0	10	20
print(table.concat(t, ",", 0, 3)) -- expect: 0,10,20,30

-- table.insert and table.remove shift 1..n and leave 0 alone
local a = {[0] = "zero", "a", "b", "c"}
table.insert(a, 1, "x")
print(a[0], a[1], a[2], a[4], #a) -- expect: zero	x	a	c	4
table.insert(a, 3, "y")
print(table.concat(a, "", 0, #a)) -- expect: zeroxaybc
print(table.remove(a, 1), a[0], #a) -- expect: x	zero	4
print(table.remove(a), table.concat(a, "", 0, #a)) -- expect: c	zeroayb
print(table.remove(a, 1), table.remove(a, 1), table.remove(a, 1), #a, a[0]) -- expect: a	y	b	0	zero

-- constructors
local b = {[0] = 0, 1, 2, 3}
print(b[0], b[1], b[3], #b, keys(b)) -- expect: 0	1	3	3	0 1 2 3
local big = {[0] = "z", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
  21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44,
  45, 46, 47, 48, 49, 50, 51, 52, 53}
print(big[0], big[53], #big) -- expect: z	53	53

-- key 0 kept through rehashes that shrink the array part to nothing and grow it again
local r = {}
r[0] = "kept"
for i = 1, 64 do r[i] = i end
for i = 1, 64 do r[i] = nil end
for i = 1, 40 do r["k" .. i] = i end     -- rehashes: no keys from 1 left
print(r[0], r.k40, #r) -- expect: kept	40	0
for i = 1, 40 do r["k" .. i] = nil end
for i = 1, 100 do r[i] = -i end
print(r[0], r[100], #r) -- expect: kept	-100	100
n = 0
for k in pairs(r) do n = n + 1 end
print(n) -- expect: 101

-- next walks on from key 0 whichever part it is in; removing it during traversal is allowed
local w = {[0] = 0, 1, 2, x = 3}
local seen = 0
for k in pairs(w) do seen = seen + 1; w[k] = nil end
print(seen, next(w)) -- expect: 4	nil
print(keys({[0] = false})) -- expect: 0

-- a table with only key 0 and keys below it
local neg = {}
for i = -5, 0 do neg[i] = i end
print(neg[0], neg[-5], #neg, keys(neg)) -- expect: 0	-5	0	-1 -2 -3 -4 -5 0

-- pairs over a 0-based array visits 1..n, then 0, then the other keys, as Lua 5.1 does
local o = {}
for i = 0, 6 do o[i] = i end
local ks = {}
for k in pairs(o) do ks[#ks + 1] = k end
print(table.concat(ks, " ")) -- expect: 1 2 3 4 5 6 0

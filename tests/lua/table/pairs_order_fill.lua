-- where integer keys live (array part or hash part) decides the order of pairs; Apogee keeps
-- PUC 5.1's placement for tables filled in any order (only appending to a table with no hash
-- part takes a shortcut, which places keys as 5.1's rehash would)
local function keys(t) local ks = {} for k in pairs(t) do ks[#ks + 1] = k end return table.concat(ks, " ") end
local r = {}
for i = 9, 1, -1 do r[i] = i end
print(#r, keys(r))                     -- expect: 9	1 2 3 4 5 6 7 8 9
local f = {}
for i = 1, 9 do f[i] = i end
print(#f, keys(f))                     -- expect: 9	1 2 3 4 5 6 7 8 9
local m = {}
for _, i in ipairs({5, 1, 9, 3, 7, 2, 8, 4, 6}) do m[i] = i end
print(#m, keys(m))                     -- expect: 9	1 2 3 4 5 6 7 8 9
local a = {}
for i = 1, 100 do a[#a + 1] = i end
print(#a, a[1], a[100], select(2, next(a)))  -- expect: 100	1	100	1

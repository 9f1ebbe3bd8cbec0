-- small constructor tables keep their array and hash parts in the table's own block; they must
-- behave as any table when they grow, shrink, lose keys and get them back
local function count(t) local n = 0 for _ in pairs(t) do n = n + 1 end return n end
local function three() return 1, 2, 3 end

local t = { three() }                 -- array hint 1 (+1 for the call), 3 values
print(#t, t[1], t[2], t[3])           -- expect: 3	1	2	3
for i = 4, 100 do t[i] = i end        -- grows out of its own block
print(#t, t[50], t[100], count(t))    -- expect: 100	50	100	100
for i = 100, 3, -1 do t[i] = nil end
print(#t, count(t))                   -- expect: 2	2
collectgarbage()
t[3] = "x"
print(#t, t[3])                       -- expect: 3	x

local h = { a = 1, b = 2 }            -- two colocated nodes
h.c = 3; h.d = 4; h.e = 5             -- rehash into a hash part of its own
print(count(h), h.a, h.c, h.e)        -- expect: 5	1	3	5
h.a = nil; h.b = nil; h.c = nil; h.d = nil; h.e = nil
print(count(h), next(h))              -- expect: 0	nil
h.z = 26
print(count(h), h.z)                  -- expect: 1	26

-- a key set to nil and set again: one key, not two
local d = {}
d.x = 1; d.x = nil; d.x = 2
d[1.5] = 1; d[1.5] = nil; d[1.5] = 3
print(count(d), d.x, d[1.5])          -- expect: 2	2	3

-- appending right after the array part (the array doubles), with a hash part present
local m = { k = "v" }
for i = 1, 1000 do m[#m + 1] = i * 2 end
print(#m, m[1], m[1000], m.k, count(m))  -- expect: 1000	2	2000	v	1001

-- many small tables surviving collections
local keep = {}
for i = 1, 20000 do keep[i] = { i, i + 1, tag = i } end
collectgarbage()
local s = 0
for i = 1, #keep, 997 do s = s + keep[i][1] + keep[i][2] + keep[i].tag end
print(s)                              -- expect: 628194

-- found by the differential fuzzer after the table changes: a constructor with a hash field and
-- a trailing vararg/call (SETLIST growing the array must keep the hash part as it is), and a
-- rehash that shrinks the array part while reinserting its tail (which must not take the
-- append-at-asize+1 path)
local function pack(...) return { n = select("#", ...), ... } end
local p = pack("%d%s", nil)
print(p.n, p[1], p[2])                 -- expect: 2	%d%s	nil
local q = pack(1, 2, 3, 4, 5)
print(q.n, q[1], q[5], #q)             -- expect: 5	1	5	5

local t = { "a", [0] = 5, nil, 7, true, false }
t.b = 1                                -- the hash part is full: rehash, the array shrinks
local n, keys = 0, {}
for k, v in pairs(t) do n = n + 1; keys[#keys + 1] = tostring(k) .. "=" .. tostring(v) end
table.sort(keys)
print(n, table.concat(keys, " "))      -- expect: 6	0=5 1=a 3=7 4=true 5=false b=1
for i = 1, 8 do t[i] = nil end
print(next(t, nil) ~= nil, t[0], t.b)  -- expect: true	5	1

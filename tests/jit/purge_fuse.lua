-- Snapshot purging and fused loads. Temporaries the next instructions overwrite are left out of
-- snapshots; a number loaded from an array or a hash slot that only one ADD, SUB, MUL or DIV
-- reads is that instruction's memory operand. Every exit below must still restore what the
-- interpreter reads: an element that turns into a string or nil in the middle of a sum, a
-- temporary that is still live (an `and`/`or` value, a call's arguments, a concatenation's
-- operands, a comparison's operands), a hash field that changes type.
local function sum3(a, b, c, n)
  local s = 0
  for i = 1, n do
    s = s + a[i] * b[i] - c[i] / 2
  end
  return s
end
local a, b, c = {}, {}, {}
for i = 1, 100 do a[i] = i; b[i] = i % 7; c[i] = i * 3 end
print(sum3(a, b, c, 100)) -- expect: 7375
b[50] = "2"               -- arithmetic on a string: the fused load's guard exits
print(sum3(a, b, c, 100)) -- expect: 7425
c[70] = nil
local ok, e = pcall(sum3, a, b, c, 100)
print(ok, (e:gsub("^.-:(%d+):", "line %1:"))) -- expect: false	line 10: attempt to perform arithmetic on field '?' (a nil value)

-- Sub and div take the load as their second operand; add and mul as either.
local function mix(t, n)
  local x = 1
  for i = 1, n do
    x = (t[i] + x) * 0.5 - t[i] / 4 + 2 * t[i]
  end
  return x
end
local t = {}
for i = 1, 60 do t[i] = (i * 13) % 17 end
print(string.format("%.10f", mix(t, 60))) -- expect: 44.7049805067
t[33] = "3"
print(string.format("%.10f", mix(t, 60))) -- expect: 44.7049804900

-- Temporaries that stay live across a guard: the value of `and`/`or`, the arguments of a call,
-- the operands of a concatenation.
local function live(t, n)
  local acc, parts = 0, {}
  for i = 1, n do
    local v = t[i] and t[i] + 1 or -1
    acc = acc + v + math.max(t[i] or 0, i % 5)
    if i % 10 == 0 then parts[#parts + 1] = (t[i] or "nil") .. ":" .. acc end
  end
  return acc, table.concat(parts, ",")
end
local u = {}
for i = 1, 40 do u[i] = i % 9 end
print(live(u, 40)) -- expect: 368	1:88,2:180,3:274,4:368
u[20] = nil
u[25] = false
print(live(u, 40)) -- expect: 346	1:88,nil:174,3:252,4:346

-- Hash slots: fields read once into a sum, one turning into a string and then a table.
local function fields(list)
  local s = 0
  for i = 1, #list do
    local p = list[i]
    s = s + p.x * p.y - p.z
  end
  return s
end
local pts = {}
for i = 1, 50 do pts[i] = { x = i, y = i % 3, z = i / 2 } end
print(fields(pts)) -- expect: 671.5
pts[30].y = "1"
print(fields(pts)) -- expect: 701.5
pts[40].z = {}
print((pcall(fields, pts))) -- expect: false

-- An exit whose temporary is read by the next instruction after a comparison.
local function cmpsum(t, n)
  local c = 0
  for i = 1, n do
    if t[i] + 0.5 > i / 2 then c = c + t[i] - 1 else c = c - t[i] end
  end
  return c
end
local w = {}
for i = 1, 80 do w[i] = (i * 7) % 50 end
print(cmpsum(w, 80)) -- expect: 1108
w[41] = "99"
print(cmpsum(w, 80)) -- expect: 1170

-- Comparisons that read a load from memory: an ordering its first operand, an equality either;
-- a NaN element (unordered: only ~= holds) and a string element (the guard exits).
local function cmps(t, n, lim)
  local lt, ge, eq, ne = 0, 0, 0, 0
  for i = 1, n do
    if t[i] < lim then lt = lt + 1 end
    if t[i] >= lim then ge = ge + 1 end
    if 3 == t[i] then eq = eq + 1 end
    if t[i] ~= t[n - i + 1] then ne = ne + 1 end
  end
  return lt, ge, eq, ne
end
local q = {}
for i = 1, 90 do q[i] = i % 11 end
print(cmps(q, 90, 5)) -- expect: 42	48	8	82
q[45] = 0 / 0
print(cmps(q, 90, 5)) -- expect: 41	48	8	82
q[60] = "3"
print((pcall(cmps, q, 90, 5))) -- expect: false

-- Sliding windows over arrays: t[i - 1], t[i], t[i + 1] in one iteration are t[i - 2], ...
-- of the next. A loop carries the values it may (a load of a slot the previous iteration
-- loaded, with no store that may reach that slot in between) and computes each slot's
-- address again (no address carried from one iteration to the next). Stores through another
-- name of the same table must still be seen: a slot of another array is assumed distinct only
-- at a different offset from the same index.
jit.opt.start("hotloop=1", "hotexit=1")

local function fill(n, f)
  local t = {}
  for i = 1, n do t[i] = f(i) end
  return t
end
local function sum(t)
  local s = 0
  for i = 1, #t do s = s + t[i] * i end
  return s
end

-- Two tables: out[x] from up[x - 1], up[x], up[x + 1] (life's neighbour count).
local n = 60
local up = fill(n, function(i) return (i * 7) % 5 end)
local out = fill(n, function() return 0 end)
for x = 2, n - 1 do
  out[x] = up[x - 1] + up[x] + up[x + 1]
end
print(sum(out))

-- The same table under two names: the store of one iteration is the load of the next.
local a = fill(n, function(i) return i % 3 end)
local b = a
for x = 2, n - 1 do
  b[x] = a[x - 1] + a[x] + a[x + 1]
end
print(sum(a))

-- A store at the loaded slot's offset from the same index, in a table that is the loaded one
-- on some calls and not on others.
local function smooth(src, dst, m)
  for x = 2, m - 1 do
    dst[x] = src[x - 1] * 2 + src[x + 1]
    dst[x + 1] = dst[x + 1] + src[x]
  end
end
local p = fill(n, function(i) return i % 4 end)
local q = fill(n, function(i) return i % 6 end)
smooth(p, q, n)
print(sum(p), sum(q))
smooth(p, p, n)
print(sum(p))
smooth(q, q, 30)
print(sum(q))

-- Three rows and a branch in the body (side traces that loop), over several passes.
local W = 24
local rows = {}
for y = 1, 3 do rows[y] = fill(W, function(i) return ((i * i + y * i) % 5 < 2) and 1 or 0 end) end
local res = fill(W, function() return 0 end)
local alive = 0
for pass = 1, 6 do
  local r1, r2, r3 = rows[1], rows[2], rows[3]
  for x = 2, W - 1 do
    local nb = r1[x - 1] + r1[x] + r1[x + 1] + r2[x - 1] + r2[x + 1] + r3[x - 1] + r3[x] + r3[x + 1]
    if nb == 3 or (nb == 2 and r2[x] == 1) then res[x] = 1; alive = alive + 1 else res[x] = 0 end
  end
  rows[1], rows[2], rows[3] = rows[2], res, rows[1]
  res = r3
  if pass == 4 then rows[3] = rows[2] end   -- two rows become one table
end
print(alive, sum(rows[1]), sum(rows[2]), sum(rows[3]))
-- expect: 10614
-- expect: 138080
-- expect: 2730	8099
-- expect: 1.4542183244774e+20
-- expect: 129278519687
-- expect: 67	198	110	110

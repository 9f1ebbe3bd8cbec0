-- Number keys outside the array part, in compiled loops: a variable key the recording saw in
-- the hash part (t[0], negative keys, keys past the array) is looked up inline along its hash
-- chain; a constant number key in the hash part (t[0]) is a predicted node, guarded. Each is
-- checked against what the interpreter computes, including -0 (the same key as 0), keys
-- that are not integers, absent keys and tables rehashed between calls.
jit.opt.start("hotloop=1")

-- Keys 0..n-1: 0 lives in the hash part, the rest in the array part.
local function zerobased(n)
  local t = {}
  for i = 0, n - 1 do t[i] = i * 10 end
  local s = 0
  for i = 0, n - 1 do s = s + t[i] end
  return s, t[0]
end
print(zerobased(10)) -- expect: 450	0

-- Swapping t[i] and t[j] from i = 0: the first iteration reads t[0] through the hash.
local function reverse(t, n)
  local i, j = 0, n - 1
  while i < j do
    t[i], t[j] = t[j], t[i]
    i = i + 1
    j = j - 1
  end
  return t
end
local r = {}
for i = 0, 9 do r[i] = i end
for _ = 1, 3 do reverse(r, 10) end
print(r[0], r[1], r[5], r[9]) -- expect: 9	8	4	0

-- Negative and large keys, present and absent.
local h = {}
for i = -20, -1 do h[i] = -i end
h[1000] = 7
local function sumkeys(t, lo, hi)
  local s = 0
  for i = lo, hi do s = s + (t[i] or 0.5) end
  return s
end
print(sumkeys(h, -20, -1)) -- expect: 210
print(sumkeys(h, -25, -15)) -- expect: 107.5
print(sumkeys(h, 995, 1005)) -- expect: 12
-- -0 is the key 0; a non-integer key is its own key.
local z = {}
z[0] = "zero"
z[1.5] = "one and a half"
local function getk(t, k) local v for _ = 1, 3 do v = t[k] end return v end
print(getk(z, 0), getk(z, -0), getk(z, 1.5), getk(z, 2.5)) -- expect: zero	zero	one and a half	nil
-- Stores to hash-part integer keys, existing and new.
local function fill(t, lo, hi, v)
  for i = lo, hi do t[i] = v + i end
  return t
end
local f = fill({}, -5, 5, 100)
print(f[-5], f[0], f[5]) -- expect: 95	100	105
fill(f, -8, -3, 200)
print(f[-8], f[-5], f[-3], f[0]) -- expect: 192	195	197	100

-- A constant key in the hash part: t[0] read in a loop, then the table rehashed (the node
-- moves) and read again.
local function readzero(t, n)
  local s = 0
  for _ = 1, n do s = s + t[0] end
  return s
end
local c = {[0] = 2}
print(readzero(c, 10)) -- expect: 20
for i = 1, 100 do c[i + 0.5] = i end
c[0] = 3
print(readzero(c, 10)) -- expect: 30
c[0] = nil
print(pcall(readzero, c, 5)) -- expect: false	tests/jit/numkeys.lua:65: attempt to perform arithmetic on field '?' (a nil value)

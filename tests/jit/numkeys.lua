-- Number keys outside the array part, in compiled loops: a variable key the recording saw in
-- the hash part (negative keys, keys past the array, t[0] while there is no array part) is
-- looked up inline along its hash chain; a constant number key in the hash part is a predicted
-- node, guarded. Key 0 moves between the parts as the array part comes and goes. Each is
-- checked against what the interpreter computes, including -0 (the same key as 0), keys
-- that are not integers, absent keys and tables rehashed between calls.
jit.opt.start("hotloop=1")

-- Keys 0..n-1: 0 starts in the hash part and moves to the array part's slot 0 with the rest.
local function zerobased(n)
  local t = {}
  for i = 0, n - 1 do t[i] = i * 10 end
  local s = 0
  for i = 0, n - 1 do s = s + t[i] end
  return s, t[0]
end
print(zerobased(10)) -- expect: 450	0

-- Swapping t[i] and t[j] from i = 0.
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
print(pcall(readzero, c, 5)) -- expect: false	tests/jit/numkeys.lua:66: attempt to perform arithmetic on field '?' (a nil value)

-- t[0] read in the loop that builds the array part: the key moves from the hash part into
-- slot 0 at a rehash in the middle of the trace.
local function build(n)
  local t, s = {}, 0
  t[0] = 1
  for i = 1, n do t[i] = i; s = s + t[0] + t[i - 1] end
  return s, t[0], #t
end
print(build(100)) -- expect: 5051	1	100
-- A constant key 0 predicted in the hash part, then the table grows an array part (the key
-- moves to slot 0), then loses it again (back to the hash part).
local m = {}
m[0] = 5
print(readzero(m, 4)) -- expect: 20
for i = 1, 50 do m[i] = i end
m[0] = 6
print(readzero(m, 4)) -- expect: 24
for i = 1, 50 do m[i] = nil end
for i = 1, 60 do m["s" .. i] = i end
m[0] = 7
print(readzero(m, 4), m.s60) -- expect: 28	60
-- Variable keys -1, 0 and 1 around the start of the array part, read and written.
local function around(t, n)
  for _ = 1, n do
    for k = -1, 1 do t[k] = (t[k] or 0) + k + 2 end
  end
  return t[-1], t[0], t[1]
end
print(around({}, 10)) -- expect: 10	20	30
print(around({[0] = 0, 0}, 10)) -- expect: 10	20	30

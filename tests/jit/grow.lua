-- Tables that grow inside compiled loops: NEWREF of a key into a table with no free node makes
-- the table grow (its node and array parts move). Reads and writes after that must use the
-- new parts: checked with interleaved reads of keys stored before the growth, keys that move
-- from the hash part to the array part on a rehash, and weak tables under collection.
jit.opt.start("hotloop=1")

-- Fields added one by one, each read back right after and at the end.
local function build(n)
  local out = {}
  for i = 1, n do
    local o = {}
    o.a = i
    o.b = o.a + 1
    o.c = o.b + o.a
    o.d = o.c * 2
    o.e = o.a + o.b + o.c + o.d
    out[i] = o
  end
  return out
end
local objs = build(300)
local s = 0
for i = 1, #objs do local o = objs[i] s = s + o.a + o.b + o.c + o.d + o.e end
print(s) -- expect: 724800

-- Sparse number keys (hash part), then dense ones that a rehash moves into the array part,
-- with a read of an early key after each insertion.
local function mixed(n)
  local t = {}
  local check = 0
  for i = 1, n do
    t[i * 1000] = i
    t[i] = -i
    check = check + t[1000] + t[1]
  end
  local sum = 0
  for i = 1, n do sum = sum + t[i * 1000] + t[i] end
  return check, sum, #t > 0
end
print(mixed(200)) -- expect: 0	0	true

-- The same table grown across many loop iterations, with t[0] and a string key read each time.
local function grow(n)
  local t = {[0] = 5, k = 7}
  local acc = 0
  for i = 1, n do
    t[i + 0.5] = i
    t[-i] = i
    acc = acc + t[0] + t.k
  end
  return acc, t[n + 0.5], t[-n]
end
print(grow(1000)) -- expect: 12000	1000	1000

-- Weak-keyed and weak-valued tables filled while the collector runs.
local wk = setmetatable({}, {__mode = "k"})
local wv = setmetatable({}, {__mode = "v"})
local keep = {}
for i = 1, 3000 do
  local key = {}
  if i % 3 == 0 then keep[#keep + 1] = key end
  wk[key] = i
  wv[i] = key
  if i % 500 == 0 then collectgarbage("step", 50) end
end
collectgarbage()
collectgarbage()
local nk, nv = 0, 0
for _ in pairs(wk) do nk = nk + 1 end
for _ in pairs(wv) do nv = nv + 1 end
print(nk, nv) -- expect: 1000	1000

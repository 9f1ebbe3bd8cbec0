-- Values that swap between iterations: n = -n reads in each iteration what the one before
-- stored, and -(-x) folds to x, so the loaded value and its negation carry each other (two
-- PHIs that exchange their values at the back edge). Found by the fuzzer (seed 5981056): the
-- negation's PHI was missing and every iteration after the second stored the same value.
jit.opt.start("hotloop=1", "hotexit=1")

-- Through an upvalue (open on the caller's slot), an odd and an even number of times.
local n = 10
local function flip(k) for _ = 1, k do n = -n end end
flip(7); print(n)
flip(6); print(n)
flip(5); print(n)

-- A local, a table field, an array slot, and two values at once.
local function locals(k)
  local x, y, t, a = 3, -4, { v = 5 }, { 6 }
  for _ = 1, k do
    x = -x
    t.v = -t.v
    a[1] = -a[1]
    x, y = y, x
  end
  return x, y, t.v, a[1]
end
for k = 1, 9 do print(locals(k)) end

-- A closed upvalue, and a negation feeding a sum.
local function mk()
  local u, s = 2, 0
  return function(k)
    for i = 1, k do u = -u; s = s + u * i end
    return u, s
  end
end
local g = mk()
print(g(5))
print(g(8))
print(g(11))
-- expect: -10
-- expect: -10
-- expect: 10
-- expect: -4	-3	-5	-6
-- expect: -3	4	5	6
-- expect: 4	3	-5	-6
-- expect: 3	-4	5	6
-- expect: -4	-3	-5	-6
-- expect: -3	4	5	6
-- expect: 4	3	-5	-6
-- expect: 3	-4	5	6
-- expect: -4	-3	-5	-6
-- expect: -2	-6
-- expect: -2	-14
-- expect: 2	-2

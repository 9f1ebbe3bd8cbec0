-- Upvalue loads and stores: a store into one upvalue leaves a value loaded from another known
-- when both are constant upvalue objects (of a constant closure); through closures that are
-- not constants, two upvalues may be one shared variable, and a store is seen by the load.
jit.opt.start("hotloop=1", "hotexit=1")

-- Constant closures: a counter and a step in two upvalues.
local count, step = 0, 3
local function tick(n)
  for _ = 1, n do
    count = count + step
    step = step + (count % 2)
    count = count + step
  end
  return count, step
end
print(tick(50))
print(tick(7))

-- Closures made by one maker share an upvalue; called through a table (not constants).
local function maker()
  local v = 0
  local function set(x) v = x end
  local function get() return v end
  local function bump() v = v + 1 return v end
  return set, get, bump
end
local fs = {}
for i = 1, 3 do
  local s, g, b = maker()
  fs[i] = { set = s, get = g, bump = b }
end
local acc = 0
for round = 1, 40 do
  for i = 1, 3 do
    local f = fs[i]
    f.set(round * i)
    acc = acc + f.get() + f.bump() + f.get()
  end
end
print(acc, fs[1].get(), fs[2].get(), fs[3].get())

-- Two closures over the same local, passed as arguments: the store through one is read by
-- the other in the same iteration.
local function run(w, r, n)
  local s = 0
  for i = 1, n do
    w(i)
    s = s + r()
  end
  return s
end
local shared = 0
local function w1(x) shared = x * 2 end
local function r1() return shared end
print(run(w1, r1, 100), shared)

-- An upvalue open on the caller's stack and a closed one, in a recursion.
local function outer()
  local depth, total = 0, 0
  local function rec(n)
    depth = depth + 1
    total = total + depth
    if n > 0 then rec(n - 1) end
    depth = depth - 1
    return total
  end
  local r = 0
  for _ = 1, 20 do r = r + rec(9) end
  return r, depth
end
print(outer())
-- expect: 2800	53
-- expect: 3591	60
-- expect: 15000	41	81	121
-- expect: 10100	200
-- expect: 11550	0

-- jumps that leave the scope of captured locals close them: each closure keeps its own value
local fs = {}
do
  local i = 1
  ::top::
  local x = i * 10
  fs[i] = function() return x end
  i = i + 1
  if i <= 3 then goto top end
end
print(fs[1](), fs[2](), fs[3]())
-- a forward goto out of a block whose local was captured
local gs = {}
for i = 1, 3 do
  do
    local y = i
    gs[i] = function() return y end
    if i > 0 then goto next end
    y = 0
  end
  ::next::
end
print(gs[1](), gs[2](), gs[3]())
-- continue in a loop whose body captures a local
local hs = {}
for i = 1, 4 do
  local v = i
  hs[#hs + 1] = function() v = v + 100; return v end
  if i % 2 == 0 then goto continue end
  v = -v
  ::continue::
end
print(hs[1](), hs[2](), hs[3](), hs[4](), hs[1]())
-- backward goto at function level, the closure made after the goto's first pass
local function make()
  local out, n = {}, 0
  ::again::
  local c = n
  out[#out + 1] = function() c = c + 1; return c end
  n = n + 1
  if n < 3 then goto again end
  return out
end
local m = make()
print(m[1](), m[1](), m[2](), m[3]())
-- goto out of nested blocks with captured locals at two levels
local ks = {}
for i = 1, 2 do
  local a = i
  do
    local b = i * 10
    ks[#ks + 1] = function() return a + b end
    goto out
  end
  ::out::
end
print(ks[1](), ks[2]())

-- Expected output (produced by luajit 2.1):
-- expect: 10	20	30
-- expect: 1	2	3
-- expect: 99	102	97	104	199
-- expect: 1	2	2	3
-- expect: 11	22

-- Array loads and stores address [array + 8 * index] themselves when nothing else uses the
-- slot's address (lower.c, aref_mem). Many live values (spilled arrays and indices), constant
-- indices, stores and loads of every type, an index that leaves the array (an exit).
jit.opt.start("hotloop=1", "hotexit=1")

local n = 40
local a, b, c, d, e, f, g, h = {}, {}, {}, {}, {}, {}, {}, {}
for i = 1, n do
  a[i], b[i], c[i], d[i] = i, i * 2, i * 3, i * 4
  e[i], f[i], g[i], h[i] = -i, i % 5, i % 7 == 0, "s" .. i
end
local s1, s2, s3, s4, s5, s6, s7, s8, cnt = 0, 0, 0, 0, 0, 0, 0, 0, 0
for i = 1, n - 3 do
  local j, k = i + 1, i + 3
  s1 = s1 + a[i] * b[j] - c[k]
  s2 = s2 + d[i] + e[j] * f[k]
  s3 = s3 + a[k] - b[i] + c[j]
  s4 = s4 + d[k] * e[i]
  s5 = s5 + f[i] + f[j] + f[k]
  s6 = s6 + a[1] + b[2] + c[n]
  s7 = s7 + #h[i] + #h[k]
  if g[j] then cnt = cnt + 1 end
  s8 = s8 + i
  a[i], e[k] = s1 % 1000, s2 % 1000
  h[j] = g[k] and "x" or h[j]
  g[i] = s3 % 2 == 0
end
print(s1, s2, s3, s4, s5, s6, s7, s8, cnt)
print(a[1], a[n - 3], e[n], h[7], h[n], g[1], g[n])

-- An index computed past the array's end part-way: reads nil from the hash part, then writes
-- a new key there.
local t = {}
for i = 1, 20 do t[i] = i end
local sum = 0
for i = 1, 30 do
  local v = t[i]
  if v then sum = sum + v else t[i] = -i end
end
print(sum, t[25], #t >= 20)

-- expect: 34114	28952	1628	1296704	222	40301	198	703	5
-- expect: 992	114	952	s7	s40	true	false
-- expect: 210	-25	true

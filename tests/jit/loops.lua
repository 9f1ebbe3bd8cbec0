-- Loops compiled at their first iteration: results equal the interpreter's, and traces exist.
jit.opt.start("hotloop=1")
local n = 1000
local s = 0
for i = 1, n do s = s + i * i end
print(s) -- expect: 333833500
local x = 0
for i = 10, 1, -1 do x = x * 2 + i end
print(x) -- expect: 9217
local f = 0
for i = 0.5, 5 do f = f + i end   -- a non-integral index stays a double
print(f) -- expect: 12.5
local j, k = 0, 0
while j < 100 do j = j + 1; k = k + j % 7 end
print(j, k) -- expect: 100	297
local r = 1
repeat r = r * 1.5 until r > 1e6
print(r) -- expect: 1456109.6060497
local m = 0
for i = 1, 300 do
  if i % 3 == 0 then m = m + 1 elseif i % 5 == 0 then m = m - 1 end
end
print(m) -- expect: 60
local p = 0
for i = 1, 100 do p = p + math.floor(i / 3) + math.sqrt(i) + math.abs(-i) end
print(string.format("%.10f", p)) -- expect: 7371.4629471031
local q = 0
for i = 1, 50 do q = q + 2 ^ (i % 10) - (-i) end
print(q) -- expect: 6390
print(jit.util.ntraces() >= 7) -- expect: true

-- Table constructors with list items (SETLIST) in compiled loops: the items are stored into the
-- array part that TNEW sized (raw, with the barrier for objects), and long lists (more than
-- one SETLIST). The lengths are the interpreter's, nil items included. Items a call returned
-- ({f()}, {x, f()}) go beyond the array part TNEW made: the interpreter stores them.
jit.opt.start("hotloop=2", "hotexit=2")
local a0 = jit.util.naborts()
local s, lens = 0, 0
for i = 1, 300 do
  local t = { i, i * 2, "x" .. i }
  local h = { i, nil, i }
  local n = { k = i, i, { i } }
  s = s + t[1] + t[2] + #t[3] + h[1] + h[3] + n.k + n[1] + n[2][1]
  lens = lens + #t + #h + #n
end
print(s, lens) -- expect: 362292	2400
local big = 0
for i = 1, 100 do
  local t = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
    23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45,
    46, 47, 48, 49, 50, 51, 52, 53, 54, 55, i }
  big = big + #t + t[56] + t[51]
end
print(big, jit.util.naborts() - a0) -- expect: 15750	0
local function three(i) return i, i + 1, i + 2 end
local m = 0
for i = 1, 100 do
  local u = { three(i) }
  local w = { 0, three(i) }
  m = m + u[1] + u[3] + w[1] + w[4] + #u + #w
end
print(m) -- expect: 16250

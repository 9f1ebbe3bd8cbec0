-- Side traces that close a loop of their own check array bounds and index overflow once per
-- loop, as a root trace does (the index runs from its value at the loop's entry to the limit):
-- results as the interpreter's when a later entry's limit lies beyond the array, near the
-- int32 range's end, with the loop variable changed in the body, and for comparisons of the
-- int index with constants (done on ints).
jit.opt.start("hotloop=3", "hotexit=3")

-- Neighbour reads x-1, x, x+1 over rows of different sizes: the limit is W, which grows past
-- the shorter rows (reads of nil there, counted as 0).
local function sweep(row, W)
  local s, n3 = 0, 0
  for x = 2, W do
    local l = x - 1
    local r = x + 1
    local nb = (row[l] or 0) + (row[x] or 0) + (row[r] or 0)
    if nb == 3 then n3 = n3 + 1 elseif nb == 2 then s = s + x else s = s - 1 end
  end
  return s, n3
end
local rows = {}
for k = 1, 4 do
  local row = {}
  for x = 1, 40 * k do row[x] = ((x * x + k) % 7 < 4) and 1 or 0 end
  rows[k] = row
end
local acc = {}
for rep = 1, 3 do
  for k = 1, 4 do
    for _, W in ipairs({ 20, 40 * k - 1, 40 * k, 40 * k + 5 }) do
      local s, n3 = sweep(rows[k], W)
      acc[#acc + 1] = s .. ":" .. n3
    end
  end
end
print(table.concat(acc, " ", 1, 16)) -- expect: 188:2 674:5 673:5 668:5 50:2 879:11 878:11 873:11 48:0 1937:0 1936:0 1931:0 -19:0 -158:0 -159:0 -164:0
print(acc[17] == acc[1], acc[32] == acc[16]) -- expect: true	true

-- The index near the end of the int32 range: an index plus one there would overflow.
local function top(lo, hi)
  local a, b = 0, 0
  for i = lo, hi do
    local j = i + 1
    if i % 3 == 0 then a = a + (j - i) else b = b + 1 end
  end
  return a, b
end
print(top(1, 100)) -- expect: 33	67
print(top(2147483647 - 100, 2147483647)) -- expect: 34	67
print(top(-2147483648, -2147483648 + 50)) -- expect: 17	34

-- Stepping down, with reads of x + 1 and x - 1.
local t = {}
for i = 1, 60 do t[i] = i % 4 end
local function down(n)
  local s = 0
  for x = n, 2, -1 do
    if t[x] + t[x - 1] == 3 then s = s + t[x + 1 > 60 and 60 or x + 1] else s = s - 1 end
  end
  return s
end
print(down(59), down(60), down(30)) -- expect: 30	30	17

-- The loop variable changed in the body (5.1 allows it: only the local changes).
local function changed(n)
  local s = 0
  for x = 1, n do
    if x % 5 == 0 then x = x + 0.5 end
    if x == 1 or x < 3 then s = s + 100 elseif x >= 7.5 and x <= 10 then s = s + x else s = s + 1 end
  end
  return s
end
print(changed(40), changed(12)) -- expect: 253	225

-- Comparisons of the int index with constants, either side, integral or not, and -0.
local function cmps(n)
  local c = 0
  for i = -n, n do
    if i == -0 then c = c + 1000 end
    if 2 < i then c = c + 1 end
    if i <= -3 then c = c + 10 end
    if i < 2.5 and i > -1.5 then c = c + 100 end
    if -4 >= i then c = c + 10000 end
  end
  return c
end
print(cmps(10), cmps(3)) -- expect: 71488	1411

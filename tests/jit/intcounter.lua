-- Loop counters recorded as ints: a while loop's `k = k + 1` (or - 1) whose k indexes a table
-- is loaded as an int at the loop's entry (the guard rejects fractions, -0, huge values and
-- non-numbers), carried as an int (overflow exits) and restored as a double at every exit.
-- Results against PUC Lua's, with the counter starting at values the guard must refuse.
local probs = { 0.1, 0.25, 0.5, 0.75, 1.0 }
local function pick(r, k)
  while probs[k] and probs[k] < r do k = k + 1 end
  return k
end
local out = {}
for i = 1, 300 do
  local k = 1
  if i % 17 == 0 then k = (i - i) * -1 end   -- -0: probs[-0] is nil, k stays -0
  if i % 19 == 0 then k = 1.5 end            -- a fraction: no element
  if i % 23 == 0 then k = 2 ^ 31 - 1 end     -- the largest int32
  if i % 29 == 0 then k = 2 ^ 53 end         -- beyond int32
  out[#out + 1] = tostring(pick((i % 97) / 97, k))
end
print(#out, table.concat(out, " ", 1, 12)) -- expect: 300	1 1 1 1 1 1 1 1 1 2 2 2
print(out[17], out[19], out[23], out[29], out[34]) -- expect: -0	1.5	2147483647	9.007199254741e+15	-0

-- Counting down, two counters at once (a swap), and a counter read as a double.
local function reverse(t, i, j)
  while i < j do
    t[i], t[j] = t[j], t[i]
    i = i + 1
    j = j - 1
  end
  return i, j
end
local t = {}
for i = 1, 50 do t[i] = i end
for n = 1, 200 do reverse(t, 1 + n % 5, 50 - n % 7) end
print(t[1], t[2], t[25], t[49], t[50]) -- expect: 48	49	27	1	4
print(reverse(t, 10, 20)) -- expect: 15	15
print(reverse(t, 10.5, 20)) -- expect: 15.5	15

local function sumhalf(t)
  local k, s = 1, 0
  while t[k] do s = s + k * 0.5 + t[k]; k = k + 1 end
  return s, k
end
local acc = 0
for n = 1, 100 do acc = acc + sumhalf(t) end
print(acc, select(2, sumhalf(t))) -- expect: 36400	16

-- A counter that stops being an integer inside the loop: the recording without ints.
local function drift(n)
  local k, c = 1, 0
  while k < n do
    c = c + (probs[k] or 0)
    if k > 3 then k = k + 0.5 else k = k + 1 end
  end
  return k, c
end
local dk, dc = 0, 0
for n = 1, 100 do local a, b = drift(n % 9 + 2); dk = dk + a; dc = dc + b end
print(dk, dc) -- expect: 597	175.25

-- Overflow past 2^31 - 1: the interpreter's doubles from there on.
local big = {}
local function climb(k, stop)
  while k < stop do big[1] = k; k = k + 1 end
  return k
end
for i = 1, 50 do climb(1, 40) end
print(climb(2 ^ 31 - 3, 2 ^ 31 + 2), big[1]) -- expect: 2147483650	2147483649

-- Counters stepped by doubling (a heap's sift-down: root = 2 * root or 2 * root + 1): loaded
-- as ints, 2 * root is the int added to itself; its overflow past 2^31 - 1 exits.
local heap = {}
for i = 1, 200 do heap[i] = (i * 7919) % 211 end
local function siftdown(a, start, stop)
  local root = start
  while true do
    local child = 2 * root
    if child > stop then return root end
    if child < stop and a[child] < a[child + 1] then child = child + 1 end
    if a[root] < a[child] then
      a[root], a[child] = a[child], a[root]
      root = child
    else
      return root
    end
  end
end
local hs = 0
for stop = 200, 2, -1 do
  for start = math.floor(stop / 2), 1, -1 do hs = hs + siftdown(heap, start, stop) end
  heap[1], heap[stop] = heap[stop], heap[1]
end
local sorted = true
for i = 2, 200 do if heap[i - 1] > heap[i] then sorted = false end end
print(hs, sorted) -- expect: 358235	true
local function doubling(k, stop)
  local n = 0
  while k < stop do k = 2 * k; n = n + 1 end
  return k, n
end
local dsum = 0
for i = 1, 60 do local k, n = doubling(i, 1000); dsum = dsum + k + n end
print(dsum, doubling(3, 2 ^ 40)) -- expect: 88101	1649267441664	39
print(doubling(0.75, 100)) -- expect: 192	8

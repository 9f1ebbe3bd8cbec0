-- The generic for in compiled code: its body starts with a LOOP (counted, so the loop gets a
-- trace of its own), TFORCALL calls the iterator as a CALL would (next and ipairs' step are
-- library functions the trace calls; a Lua iterator is inlined), TFORLOOP ends or goes on by
-- the type of the first variable. Results as the interpreter's, and no aborts where keys keep
-- their type (tfor.sh).
jit.opt.start("hotloop=2", "hotexit=2")

local arr = {}
for i = 1, 50 do arr[i] = i * 3 end
local s, n = 0, 0
for r = 1, 20 do
  for i, v in ipairs(arr) do s = s + i * v end
  for i, v in ipairs({ 5, 6, 7 }) do n = n + v end
end
print(s, n) -- expect: 2575500	360

local h = { alpha = 1, beta = 2, gamma = 3, delta = 4, eps = 5 }
local sum, keys = 0, 0
for r = 1, 30 do
  for k, v in pairs(h) do sum = sum + v; keys = keys + #k end
end
print(sum, keys) -- expect: 450	660

-- next called directly, and a Lua iterator (inlined).
local c = 0
for r = 1, 20 do for k, v in next, h do c = c + v end end
local function range(n, i) if i < n then return i + 1, (i + 1) * (i + 1) end end
local q = 0
for r = 1, 40 do for i, sq in range, 6, 0 do q = q + sq - i end end
print(c, q) -- expect: 300	2800

-- break, an early return, and fields changed while traversing (existing keys only).
local function find(t, x)
  for i, v in ipairs(t) do if v == x then return i end end
  return nil
end
local found = 0
for r = 1, 100 do found = found + (find(arr, (r % 50 + 1) * 3) or 0) end
local counts = { a = 0, b = 0, c = 0 }
for r = 1, 25 do
  for k, v in pairs(counts) do counts[k] = v + 1 end
end
print(found, counts.a, counts.b, counts.c) -- expect: 2550	25	25	25

-- An iterator's error raised from compiled code: the interpreter's message.
print(select(2, pcall(function()
  local bad = { 1, 2, 3 }
  local t = 0
  for r = 1, 10 do
    for k, v in next, (r < 8 and bad or nil) do t = t + v end
  end
  return t
end)):match("bad argument.*")) -- expect: bad argument #1 to '(for generator)' (table expected, got nil)

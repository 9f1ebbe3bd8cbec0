-- Stores to keys a table does not have yet (NEWREF): inserted by the trace while the table has
-- room, else the trace exits and the interpreter grows the table. Results as lua5.1's.
jit.opt.start("hotloop=1")
local function sum(t) local s = 0 for k, v in pairs(t) do s = s + k * v end return s end
-- Appends into an empty table, through every growth.
local t = {}
for i = 1, 1000 do t[i] = i * 2 end
print(#t, sum(t)) -- expect: 1000	667667000
-- Sparse and negative keys, float keys: the hash part.
local h = {}
for i = 1, 300 do h[i * 3] = i; h[-i] = i; h[i + 0.5] = 1 end
print(sum(h)) -- expect: 18135400
-- Reading other keys of the same table between insertions (nodes move when keys collide).
local m = { x = 1, y = 2 }
local acc = 0
for i = 1, 200 do
  m[i * 7] = i
  acc = acc + m.x + m.y + (m[(i - 1) * 7] or 0)
end
m.x, m.y = nil, nil
print(acc, sum(m)) -- expect: 20500	18806900
-- The same key stored twice in one iteration, and a key that exists already.
local d = { [5] = 0 }
for i = 1, 100 do d[i + 100] = i; d[i + 100] = d[i + 100] + 1; d[5] = d[5] + 1 end
print(d[5], d[150], d[200]) -- expect: 100	51	101
-- A NaN key in the middle of the loop: the interpreter's error.
local ok, err = pcall(function()
  local n = {}
  for i = 1, 50 do local k = i; if i == 40 then k = 0/0 end; n[k + 1000] = i end
end)
print(ok, (string.gsub(err, "^.-:%d+: ", ""))) -- expect: false	table index is NaN
-- A table that gets a metatable with __newindex halfway.
local log = 0
local w = {}
for i = 1, 60 do
  if i == 30 then setmetatable(w, { __newindex = function(t, k, v) log = log + 1; rawset(t, k, v) end }) end
  w[i + 1000] = i
end
print(log, sum(w)) -- expect: 31	1903810


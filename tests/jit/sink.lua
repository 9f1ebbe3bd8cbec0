-- Allocation sinking: tables a compiled loop makes and drops are never allocated; an exit
-- whose snapshot holds one makes it, with the values stored into it so far (array items,
-- constant string keys, strings made in the trace), and the interpreter sees the same table.
jit.opt.start("hotloop=2", "hotexit=2")

-- No allocation at all while the loop runs compiled (the collector is stopped: the memory in
-- use would grow by 20000 tables if they were made).
local function churn(n)
  local s = 0
  for i = 1, n do
    local p = { i, i * 2 }
    local q = { x = i, y = p[2] }
    s = s + p[1] + p[2] + q.x + q.y
  end
  return s
end
churn(100)
collectgarbage(); collectgarbage("stop")
local before = collectgarbage("count")
local s = churn(20000)
local grown = collectgarbage("count") - before
collectgarbage("restart")
print(s, grown < 64) -- expect: 1200060000	true

-- An exit in the middle of an iteration makes the table: the branch taken at i == 90 keeps it.
local kept
for i = 1, 100 do
  local p = { i, i * 2, "s" .. i }
  local v = p[1] + p[2]
  if i == 90 then kept = p end
  if v < 0 then break end
end
print(kept[1], kept[2], kept[3], #kept) -- expect: 90	180	s90	3

-- Constant string keys, and the same table in two slots (one table, not two).
local saved = {}
for i = 1, 60 do
  local pt = { x = i, y = -i, name = "p" .. i }
  local alias = pt
  if i % 20 == 0 then saved[#saved + 1] = alias; saved[#saved + 1] = pt end
end
print(#saved, saved[1] == saved[2], saved[1].x, saved[1].y, saved[1].name) -- expect: 6	true	20	-20	p20
print(saved[5].x, saved[6].name, saved[3] ~= saved[5]) -- expect: 60	p60	true
local n = 0
for k, v in pairs(saved[3]) do n = n + 1 end
print(n, saved[3].x) -- expect: 3	40

-- A table stored into another escapes (it is made); the outer one may still be sunk.
local inner
for i = 1, 50 do
  local o = { { i }, i }
  if i == 45 then inner = o end
end
print(inner[1][1], inner[2]) -- expect: 45	45

-- A sunk table's exit taken often: no side trace may start there, every exit makes it anew.
local total, objs = 0, {}
for i = 1, 300 do
  local p = { i }
  if i % 3 == 0 then objs[#objs + 1] = p end
  total = total + p[1]
end
print(total, #objs, objs[1][1], objs[100][1]) -- expect: 45150	100	3	300

-- A table carried to the next iteration (a PHI) is made.
local prev, acc = { 0 }, 0
for i = 1, 100 do
  local cur = { i }
  acc = acc + prev[1]
  prev = cur
end
print(acc, prev[1]) -- expect: 4950	100

-- Stores overwriting one slot: the exit makes the table with the last value.
local last
for i = 1, 40 do
  local t = { 1, 2 }
  t[1] = i
  t[2] = t[1] + 1
  if i == 33 then last = t end
end
print(last[1], last[2]) -- expect: 33	34

-- An exit whose snapshot holds a sunk table, taken often: its side trace makes the table as it
-- starts (the values stored into it are in the parent's registers) and reads it.
local total2 = 0
for i = 1, 300 do
  local p = { i, i + 1, name = "n" .. i }
  local s = p[1] + p[2]
  if i % 5 == 0 then total2 = total2 + p[2] * 2 + #p.name else total2 = total2 + s end
end
print(total2) -- expect: 90880

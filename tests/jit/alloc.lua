-- Tables created inside compiled loops (TNEW): no collection runs inside the trace (the values
-- live in registers); the trace flags the step and takes it at its loop test, so memory stays
-- bounded and every table that is still referenced survives.
jit.opt.start("hotloop=1")
-- Memory stays bounded across many iterations.
local s, maxkb = 0, 0
for i = 1, 200000 do
  local t = { }
  t[1] = i
  s = s + t[1]
  if i % 10000 == 0 then local kb = collectgarbage("count"); if kb > maxkb then maxkb = kb end end
end
print(s, maxkb < 20000) -- expect: 20000100000	true
-- A table carried from one iteration to the next (a loop-carried value in a register) survives
-- the collections in between.
local prev = { 0 }
for i = 1, 50000 do
  local t = {}
  t[1] = prev[1] + 1
  t[2] = prev
  prev = t
  if i % 25000 == 0 then prev[2] = nil end   -- drop the chain now and then
end
print(prev[1]) -- expect: 50000
-- Rows of a matrix built in a nested loop, kept in an outer table.
local m = {}
for i = 1, 200 do
  local row = {}
  for j = 1, 50 do row[j] = i + j end
  m[i] = row
end
local tot = 0
for i = 1, 200 do for j = 1, 50 do tot = tot + m[i][j] end end
print(tot) -- expect: 1260000
-- A finalizer that runs while compiled loops allocate, and flushes every trace.
local fin = 0
for i = 1, 30 do
  local p = newproxy(true)
  getmetatable(p).__gc = function() fin = fin + 1; jit.flush() end
end
local c = 0
for i = 1, 100000 do local t = {}; t[1] = i; c = c + #t end
collectgarbage()
print(c, fin) -- expect: 100000	30

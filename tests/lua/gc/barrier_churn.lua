-- Tables written while the collector marks (barrier hits, re-scanned during propagation and in
-- the atomic phase) keep everything stored in them, across many cycles; userdata with __gc
-- among many other objects are finalized, and only once.
collectgarbage("setpause", 100)
collectgarbage("setstepmul", 150)
local old = {}
for i = 1, 200 do old[i] = {} end
local live = 0
for round = 1, 60 do
  for i = 1, 200 do
    local t = old[i]
    t[round] = {round, tostring(round * i)}  -- a new object into an old table
    t.last = t[round]
    if round > 3 then t[round - 3] = nil end
  end
  for j = 1, 300 do local garbage = {j, {j}} end
end
local ok = true
for i = 1, 200 do
  local t = old[i]
  for r = 58, 60 do
    local e = t[r]
    if not e or e[1] ~= r or e[2] ~= tostring(r * i) then ok = false end
  end
  if t.last ~= t[60] or t[57] ~= nil then ok = false end
end
print(ok) -- expect: true
local finalized = 0
local keep = {}
for i = 1, 300 do
  local p = newproxy(true)
  getmetatable(p).__gc = function() finalized = finalized + 1 end
  if i % 3 == 0 then keep[#keep + 1] = p end
  for j = 1, 20 do local garbage = {i, j} end
end
collectgarbage()
collectgarbage()
print(finalized) -- expect: 200
keep = nil
collectgarbage()
collectgarbage()
print(finalized) -- expect: 300

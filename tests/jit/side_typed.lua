-- A side trace reads slots its parent loaded with a type check and left alone without checking
-- them again (record.c, parent_typed); slots a library call of the parent may have changed
-- (Lua code run by table.sort, through an upvalue) are checked again.
jit.opt.start("hotloop=1", "hotexit=1")

-- The parent loads t, k and s; the exit's side trace uses them unchanged.
local function sum(t, k, s)
  local acc = 0
  for i = 1, 300 do
    local v = t[i % #t + 1]
    if v > k then acc = acc + v * s else acc = acc - 1 end
  end
  return acc
end
print(sum({ 1, 5, 9, 2, 7 }, 4, 2), sum({ 3, 8 }, 5, 0.5)) -- expect: 2400	450

-- The parent calls table.sort, whose comparison changes x (an upvalue on the slot) to a string
-- from the 100th iteration on; the side trace at every third iteration reads x.
local function run()
  local x = 1
  local function set(v) x = v end
  local acc = 0
  for i = 1, 200 do
    local t = { 3, 1, 2 }
    table.sort(t, function(a, b) if i > 100 then set("s" .. i) end return a < b end)
    if i % 3 == 0 then
      if type(x) == "string" then acc = acc + #x else acc = acc + x end
    end
  end
  return acc, x
end
print(run()) -- expect: 165	s200

-- goto as `continue`: a jump to a label at the end of a loop body, past locals declared before it
-- (the label ends its block, so it is outside their scope: Lua 5.2's rule, as LuaJIT)
for i = 1, 5 do
  local x = i * 2
  if i % 2 == 0 then goto continue end
  print(i, x)
  ::continue::
end
local i = 0
while i < 4 do
  i = i + 1
  local s = "w" .. i
  if i == 2 then goto next end
  print(s)
  ::next::
end
local k = 0
repeat
  k = k + 1
  if k == 2 then goto skip end
  print("r", k)
  ::skip::
until k >= 3
for _, v in ipairs({"a", "b", "c"}) do
  if v == "b" then goto continue end
  print(v)
  ::continue::
end

-- Expected output (produced by luajit 2.1):
-- expect: 1	2
-- expect: 3	6
-- expect: 5	10
-- expect: w1
-- expect: w3
-- expect: w4
-- expect: r	1
-- expect: r	3
-- expect: a
-- expect: c

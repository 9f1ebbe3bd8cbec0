-- Arithmetic on strings that are numbers (5.1 converts them as tonumber does) compiled: the
-- trace converts the string (TONUMS) and exits where one is no number, where the interpreter
-- raises the error (or calls a metamethod). Every operator, both operand orders, constants.
jit.opt.start("hotloop=1", "hotexit=1")

local strs = {"1", "2.5", " 7 ", "0x10", "1e2", "-3", "8"}
local s = 0
for i = 1, #strs do
  local x = strs[i]
  s = s + x + (x * 2) - (10 - x) + x / 4 + (x % 3) + 2 ^ (x % 2)
end
print(s)

-- A string operand in a slot, and one that stops being a number half-way.
local vals = {"3", "4", "5", "six", "7"}
local acc = 0
local ok, err = pcall(function()
  for i = 1, #vals do acc = acc + vals[i] * 2 end
end)
print(acc, ok, err)

-- Results the interpreter gives for a field that holds strings or numbers by turns.
local t = {n = "10"}
local r = {}
for i = 1, 20 do
  if i % 4 == 0 then t.n = i else t.n = tostring(i) end
  r[#r + 1] = t.n - 1
end
print(table.concat(r, " "))

-- The string is no number: the metamethod of the string's metatable decides (5.1 converts
-- first, and only looks for __sub when a conversion fails).
getmetatable("").__sub = function(a, b) return "mm" end
local m = {}
for i = 1, 6 do
  local a = i % 3 == 0 and "x" or tostring(i)
  m[#m + 1] = tostring(a - 1)
end
print(table.concat(m, " "))
getmetatable("").__sub = nil

-- expect: 507.78921356237
-- expect: 24	false	tests/jit/strarith.lua:18: attempt to perform arithmetic on field '?' (a string value)
-- expect: 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19
-- expect: 0 1 mm 3 4 mm

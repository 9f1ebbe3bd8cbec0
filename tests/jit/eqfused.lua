-- A function fetched from a table or an upvalue and guarded to be the one recorded is checked
-- with one compare of the boxed word (the load and the EQ guard fused). The exits keep what
-- the two guards did: another function in the field (the EQ's exit), a value of another type
-- (the load's type guard), in the recorded loop and in the side traces they grow.
jit.opt.start("hotloop=1", "hotexit=1")

local A = {}; A.__index = A
function A.get(self) return self.v end
local B = {}; B.__index = B
function B.get(self) return -self.v end

local objs = {}
for i = 1, 60 do objs[i] = setmetatable({v = i}, i % 3 == 0 and B or A) end
local s = 0
for i = 1, #objs do s = s + objs[i]:get() end
print(s)

-- The method replaced half-way, then a field that shadows it with a non-function.
local r = {}
for i = 1, 40 do
  if i == 15 then function A.get(self) return self.v * 100 end end
  if i == 30 then objs[1].get = 7 end
  local ok, v = pcall(function() return objs[1]:get() end)
  r[#r + 1] = ok and v or "err"
end
print(table.concat(r, " "))

-- A global function called in a loop, replaced by a table with __call, then by a number.
function step(x) return x + 1 end
local acc = 0
for i = 1, 50 do
  if i == 20 then step = setmetatable({}, {__call = function(_, x) return x + 10 end}) end
  if i == 40 then step = function(x) return x + 1000 end end
  acc = step(acc)
end
print(acc)
local ok, err = pcall(function()
  for i = 1, 10 do if i == 5 then step = 5 end acc = step(acc) end
end)
print(ok, err, acc)

-- expect: 570
-- expect: 1 1 1 1 1 1 1 1 1 1 1 1 1 1 100 100 100 100 100 100 100 100 100 100 100 100 100 100 100 err err err err err err err err err err err
-- expect: 11219
-- expect: false	tests/jit/eqfused.lua:38: attempt to call global 'step' (a number value)	15219

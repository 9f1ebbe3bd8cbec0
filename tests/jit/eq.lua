-- == of two different tables in a compiled loop: not equal when the first one's metatable has no
-- __eq (guarded: the metatable by identity, __eq by its absence); __eq added later, or present,
-- goes through the interpreter.
jit.opt.start("hotloop=1")
local A = {} A.__index = A
local B = {__eq = function(x, y) return x.v == y.v end}
local function cnt(list, x)
  local n = 0
  for i = 1, #list do if list[i] == x then n = n + 1 end end
  return n
end
local l = {}
for i = 1, 30 do l[i] = setmetatable({v = i % 3}, (i % 2 == 0) and A or {}) end
print(cnt(l, l[3]), cnt(l, l[4]), cnt(l, {})) -- expect: 1	1	0
local m = {}
for i = 1, 30 do m[i] = setmetatable({v = i % 3}, B) end
print(cnt(m, m[3]), cnt(m, setmetatable({v = 1}, B))) -- expect: 10	10
A.__eq = function() return true end
print(cnt(l, l[4])) -- expect: 15

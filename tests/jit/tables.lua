-- Table reads and writes in compiled loops: array part, fields, globals, upvalues, #.
jit.opt.start("hotloop=1")
local t = {}
for i = 1, 100 do t[i] = i end
for i = 1, 100 do t[i] = t[i] * 2 end
local s = 0
for i = 1, #t do s = s + t[i] end
print(s) -- expect: 10100
local p = { x = 1, y = 2 }
for i = 1, 10 do p.x = p.x + p.y end
print(p.x) -- expect: 21
counter = 0
for i = 1, 25 do counter = counter + i end
print(counter) -- expect: 325
local up = 0
local function bump()
  for i = 1, 10 do up = up + i end
end
bump()
bump()
print(up) -- expect: 110
local str = "hello"
local total = 0
for i = 1, 10 do total = total + #str end
print(total) -- expect: 50
-- A hole in the array: nil read from a table without metatable.
local h = { 1, 2, 3, nil, 5 }
local nils = 0
for i = 1, 5 do if h[i] == nil then nils = nils + 1 end end
print(nils) -- expect: 1
-- A metatable appearing later: the guard sends the store through __newindex.
local m = { 1, 2, 3 }
local seen = 0
for round = 1, 2 do
  for i = 1, 3 do m[i] = m[i] + 1 end
  if round == 1 then setmetatable(m, { __newindex = function() seen = seen + 1 end }) end
end
print(m[1], m[2], m[3], seen) -- expect: 3	4	5	0
-- Stores of strings and tables (with the collector's barrier).
local names = {}
for i = 1, 50 do names[i] = "n" end
for i = 1, 50 do names[i] = names[i] .. "" end
collectgarbage()
print(names[1], names[50]) -- expect: n	n
-- Number keys outside the array part (0, negative, fractional): looked up in the hash part.
local z0 = {}
for i = 0, 9 do z0[i] = i end
local zs = 0
for k = 1, 30 do
  for i = 0, 9 do zs = zs + z0[i]; z0[i] = z0[i] + 1 end
end
print(zs, z0[0], z0[9]) -- expect: 5700	30	39
local u = {[0] = 5, [-1] = 2, [1.5] = 3}
local uz = 0
for i = 1, 20 do uz = uz + u[0] + u[-1] + u[1.5] end
print(uz) -- expect: 200

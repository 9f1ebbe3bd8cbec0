-- a -0 computed at run time is stored as given when it creates a key; it finds 0's slot
local z = 0
local t = {}
t[-z] = true
for k in pairs(t) do print(k) end -- expect: -0
print(t[0], t[-z]) -- expect: true	true
t[0] = "zero"
local n = 0
for k, v in pairs(t) do n = n + 1 end
print(n, t[-z]) -- expect: 1	zero
local function f() local s = (-0) .. "" local t = {[0] = true} for k in pairs(t) do return s, k end end
print(f()) -- expect: -0	-0
-- the same in a table with an array part: the key made by -0 is listed as -0, also after the
-- value is removed and stored again with +0, and after the table is rehashed
local a = {1, 2}
a[-z] = "m"
local function list(t)
  local o = {}
  for k, v in pairs(t) do o[#o + 1] = tostring(k) .. "=" .. v end
  return table.concat(o, " ")
end
print(list(a)) -- expect: 1=1 2=2 -0=m
a[0] = nil
a[0] = "p"
print(list(a)) -- expect: 1=1 2=2 -0=p
for i = 3, 40 do a[i] = i end
print(a[0], a[-z], a[40]) -- expect: p	p	40
local seen
for k in pairs(a) do if k == 0 then seen = tostring(k) end end
print(seen) -- expect: -0
local b = {}
b[-z] = 1
for i = 1, 10 do b[i] = i end   -- key -0 moves from the hash part into the array part
for k in pairs(b) do if k == 0 then seen = tostring(k) end end
print(seen, b[0]) -- expect: -0	1

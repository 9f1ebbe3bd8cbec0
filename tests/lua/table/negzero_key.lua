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

-- Assignments through nested fields and computed keys.
local t = {a = {b = {}}}
t.a.b.c = 1
print(t.a.b.c) -- expect: 1
local k = "dyn"
t[k] = {}
t[k][k .. "2"] = "ok"
print(t.dyn.dyn2) -- expect: ok
local function get() return t end
get().z = "via call"
print(t.z) -- expect: via call
t.a["b"].c = t.a.b.c + 1
print(t.a.b.c) -- expect: 2

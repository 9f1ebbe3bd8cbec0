-- Tables are references: assignment shares, not copies.
local a = {1, 2}
local b = a
b[1] = "changed"
print(a[1]) -- expect: changed
print(a == b) -- expect: true
local function mutate(t) t.x = 42 end
mutate(a)
print(b.x) -- expect: 42
local c = {1, 2}
print(a == c) -- expect: false
print(type(a)) -- expect: table

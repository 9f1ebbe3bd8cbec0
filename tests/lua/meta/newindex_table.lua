-- __newindex as a table redirects assignments of new keys
local store = {}
local t = setmetatable({existing = 1}, {__newindex = store})
t.x = 10
t.existing = 2
print(rawget(t, "x"), store.x) -- expect: nil	10
print(t.existing, store.existing) -- expect: 2	nil
t[1] = "one"
print(rawget(t, 1), store[1]) -- expect: nil	one

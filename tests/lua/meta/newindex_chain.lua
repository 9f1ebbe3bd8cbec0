-- __newindex tables are themselves subject to __newindex
local final = {}
local mid = setmetatable({}, {__newindex = final})
local top = setmetatable({}, {__newindex = mid})
top.k = "v"
print(rawget(top, "k"), rawget(mid, "k"), final.k) -- expect: nil	nil	v
local seen
local f = setmetatable({}, {__newindex = function(t, k, v) seen = k end})
local g = setmetatable({}, {__newindex = f})
g.hello = 1
print(seen, rawget(g, "hello"), rawget(f, "hello")) -- expect: hello	nil	nil

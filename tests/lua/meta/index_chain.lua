-- chains of __index tables are followed
local a = {fromA = "A"}
local b = setmetatable({fromB = "B"}, {__index = a})
local c = setmetatable({fromC = "C"}, {__index = b})
local d = setmetatable({fromD = "D"}, {__index = c})
print(d.fromA, d.fromB, d.fromC, d.fromD) -- expect: A	B	C	D
print(d.nothing) -- expect: nil
a.fromB = "shadowed"
print(d.fromB) -- expect: B
local e = setmetatable({}, {__index = d})
print(e.fromA, e.fromD) -- expect: A	D

-- Redeclaring a local in the same block creates a new variable;
-- closures keep the old one.
local v = 1
local function old() return v end
local v = 2
local function new() return v end
v = 3
print(old(), new()) -- expect: 1	3
local p, p = 1, 2
print(p) -- expect: 2

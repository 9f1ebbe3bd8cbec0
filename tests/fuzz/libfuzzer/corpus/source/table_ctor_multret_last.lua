-- A call as the last field expands to all of its results.
local function three() return "a", "b", "c" end
local function none() end
local t = {three()}
print(#t, t[1], t[3]) -- expect: 3	a	c
local u = {0, three()}
print(#u, u[4]) -- expect: 4	c
local v = {none()}
print(#v) -- expect: 0
local w = {1, 2, none()}
print(#w) -- expect: 2
local function va(...) return {...} end
print(#va(1, 2, 3, 4)) -- expect: 4

-- A call that is not the last field is truncated to one value.
local function three() return "a", "b", "c" end
local t = {three(), 1}
print(#t, t[1], t[2], t[3]) -- expect: 2	a	1	nil
local u = {three(), three()}
print(#u, u[1], u[2], u[4]) -- expect: 4	a	a	c
local v = {(three())}
print(#v) -- expect: 1
local w = {three(), x = 1}
print(#w, w[2]) -- expect: 1	nil
local function none() end
local z = {none(), 5}
print(z[1], z[2]) -- expect: nil	5

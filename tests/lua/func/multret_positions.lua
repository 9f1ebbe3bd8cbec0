-- Only a call in the last position of a list is expanded.
local function three() return 1, 2, 3 end
print(three()) -- expect: 1	2	3
print(three(), "x") -- expect: 1	x
print("x", three()) -- expect: x	1	2	3
print(three(), three()) -- expect: 1	1	2	3
print((three())) -- expect: 1
local t = {three(), three()}
print(#t) -- expect: 4
local function pass(...) return ... end
print(pass(three())) -- expect: 1	2	3
print(pass(three(), 10)) -- expect: 1	10

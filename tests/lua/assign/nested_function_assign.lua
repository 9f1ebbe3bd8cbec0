-- Assignments inside nested functions update the enclosing local.
local count = 0
local function inc() count = count + 1 end
inc() inc() inc()
print(count) -- expect: 3
local a, b = 1, 2
local function swap() a, b = b, a end
swap()
print(a, b) -- expect: 2	1
local t = {}
local function fill() t[#t + 1] = #t end
fill() fill()
print(#t, t[1], t[2]) -- expect: 2	0	1

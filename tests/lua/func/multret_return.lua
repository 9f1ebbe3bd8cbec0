-- return f() passes all results; return (f()) passes one.
local function three() return 1, 2, 3 end
local function all() return three() end
local function one() return (three()) end
local function mixed() return three(), "end" end
local function before() return "start", three() end
print(all()) -- expect: 1	2	3
print(one()) -- expect: 1
print(mixed()) -- expect: 1	end
print(before()) -- expect: start	1	2	3
print(select('#', all()), select('#', one())) -- expect: 3	1

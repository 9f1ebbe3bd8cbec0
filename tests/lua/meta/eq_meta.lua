-- __eq is only used when both operands are tables with the same __eq
local calls = 0
local function eq(a, b) calls = calls + 1; return true end
local mt = {__eq = eq}
local a = setmetatable({}, mt)
local b = setmetatable({}, mt)
print(a == b, a ~= b) -- expect: true	false
print(calls) -- expect: 2
print(a == a) -- expect: true
print(calls) -- expect: 2
print(a == 1, a == "x", a == nil) -- expect: false	false	false
print(calls) -- expect: 2
local c = setmetatable({}, {__eq = eq})
print(a == c) -- expect: true
print(calls) -- expect: 3
local d = setmetatable({}, {__eq = function() return true end})
print(a == d, d == a) -- expect: false	false
print(a == {}, {} == a) -- expect: false	false
print(calls) -- expect: 3

-- numeric strings are converted before metamethods are considered
local mt = {__add = function(a, b) return "meta" end}
local o = setmetatable({}, mt)
print("10" + 5) -- expect: 15
print(o + "10", "10" + o) -- expect: meta	meta
print("abc" + o) -- expect: meta
print(pcall(function() return "abc" + 1 end)) -- expect: false	tests/lua/meta/arith_string_operand.lua:7: attempt to perform arithmetic on a string value

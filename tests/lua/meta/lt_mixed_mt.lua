-- ordering requires both operands to share the same metamethod
local lt1 = function() return true end
local a = setmetatable({}, {__lt = lt1})
local b = setmetatable({}, {__lt = lt1})
local c = setmetatable({}, {__lt = function() return true end})
print(a < b) -- expect: true
print(pcall(function() return a < c end)) -- expect: false	tests/lua/meta/lt_mixed_mt.lua:7: attempt to compare two table values
print(pcall(function() return a < {} end)) -- expect: false	tests/lua/meta/lt_mixed_mt.lua:8: attempt to compare two table values

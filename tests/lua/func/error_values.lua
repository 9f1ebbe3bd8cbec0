-- error with non-string values and levels; pcall returns them unchanged.
local t = {}
local ok, e = pcall(error, t)
print(ok, e == t) -- expect: false	true
print(pcall(error, 42)) -- expect: false	42
print(pcall(error)) -- expect: false	nil
print(pcall(function() error("msg", 0) end)) -- expect: false	msg
print(pcall(function() error("lvl1") end)) -- expect: false	tests/lua/func/error_values.lua:8: lvl1
local function thrower() error("lvl2", 2) end
print(pcall(function() thrower() end)) -- expect: false	tests/lua/func/error_values.lua:10: lvl2

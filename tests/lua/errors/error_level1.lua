-- error with default level 1 adds the position of the error call
print(pcall(error, "plain")) -- expect: false	plain
print(pcall(function() error("boom") end)) -- expect: false	tests/lua/errors/error_level1.lua:3: boom
print(pcall(function() error("boom", 1) end)) -- expect: false	tests/lua/errors/error_level1.lua:4: boom
local function thrower() error("inner") end
print(pcall(thrower)) -- expect: false	tests/lua/errors/error_level1.lua:5: inner
print(pcall(function() thrower() end)) -- expect: false	tests/lua/errors/error_level1.lua:5: inner

-- error levels, assert, pcall/xpcall and argument-error message formats
local function try(f) print(select(2, pcall(f))) end

try(function() error("plain") end)
try(function() error("level0", 0) end)
local function lvl2() error("level2", 2) end
try(function() lvl2() end)
local function lvl3() error("level3", 3) end
local function mid() lvl3() end
try(function() mid() end)
try(function() error() end)
print(type(select(2, pcall(error, {}))), select(2, pcall(error, 42)))

try(function() assert(false) end)
try(function() assert(nil, "custom message") end)
try(function() assert() end)
print(assert(1, 2, 3))
print(select("#", assert(true, nil, nil)))

print(pcall(function(...) return ... end, 1, nil, 3))
print(pcall(error))
print(xpcall(function() error("boom") end, function(m) return "handled: " .. m end))
print(xpcall(function() return 1, 2 end, print))
print(xpcall(function() error({}) end, function(e) return type(e) end))
try(function() pcall() end)
try(function() xpcall(print) end)

-- argument errors name the function as called
try(function() tonumber("1", 99) end)
try(function() local t = {f = setmetatable} t.f(1) end)
try(function() local f = setmetatable f(1) end)
try(function() local s = "x" s:rep() end)
try(function() string.rep() end)
try(function() setmetatable({}, 1) end)
try(function() collectgarbage("bogus") end)
try(function() getmetatable() end)
try(function() ipairs() end)
try(function() pairs(nil) end)
try(function() next() end)
print(pcall(next, {}, "nokey"))

-- (expected output)
-- expect: tests/lua/lib/base2/errors.lua:4: plain
-- expect: level0
-- expect: tests/lua/lib/base2/errors.lua:7: level2
-- expect: tests/lua/lib/base2/errors.lua:10: level3
-- expect: nil
-- expect: table	42
-- expect: tests/lua/lib/base2/errors.lua:14: assertion failed!
-- expect: tests/lua/lib/base2/errors.lua:15: custom message
-- expect: tests/lua/lib/base2/errors.lua:16: bad argument #1 to 'assert' (value expected)
-- expect: 1	2	3
-- expect: 3
-- expect: true	1	nil	3
-- expect: false	nil
-- expect: false	handled: tests/lua/lib/base2/errors.lua:22: boom
-- expect: true	1	2
-- expect: false	table
-- expect: tests/lua/lib/base2/errors.lua:25: bad argument #1 to 'pcall' (value expected)
-- expect: tests/lua/lib/base2/errors.lua:26: bad argument #2 to 'xpcall' (value expected)
-- expect: tests/lua/lib/base2/errors.lua:29: bad argument #2 to 'tonumber' (base out of range)
-- expect: tests/lua/lib/base2/errors.lua:30: bad argument #1 to 'f' (table expected, got number)
-- expect: tests/lua/lib/base2/errors.lua:31: bad argument #1 to 'f' (table expected, got number)
-- expect: tests/lua/lib/base2/errors.lua:32: bad argument #1 to 'rep' (number expected, got no value)
-- expect: tests/lua/lib/base2/errors.lua:33: bad argument #1 to 'rep' (string expected, got no value)
-- expect: tests/lua/lib/base2/errors.lua:34: bad argument #2 to 'setmetatable' (nil or table expected)
-- expect: tests/lua/lib/base2/errors.lua:35: bad argument #1 to 'collectgarbage' (invalid option 'bogus')
-- expect: tests/lua/lib/base2/errors.lua:36: bad argument #1 to 'getmetatable' (value expected)
-- expect: tests/lua/lib/base2/errors.lua:37: bad argument #1 to 'ipairs' (table expected, got no value)
-- expect: tests/lua/lib/base2/errors.lua:38: bad argument #1 to 'pairs' (table expected, got nil)
-- expect: tests/lua/lib/base2/errors.lua:39: bad argument #1 to 'next' (table expected, got no value)
-- expect: false	invalid key to 'next'

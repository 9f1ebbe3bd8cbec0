-- assert in 5.1 requires the message to be a string (numbers convert)
local t = {}
local ok, e = pcall(assert, false, t)
print(ok, e == t) -- expect: false	false
print(e) -- expect: bad argument #2 to '?' (string expected, got table)
print(pcall(function() assert(nil, {}) end)) -- expect: false	tests/lua/errors/assert_nonstring.lua:6: bad argument #2 to 'assert' (string expected, got table)
print(pcall(assert, false, 42)) -- expect: false	42
print(pcall(assert, false, true)) -- expect: false	bad argument #2 to '?' (string expected, got boolean)
print(pcall(function() assert(false, "in function") end)) -- expect: false	tests/lua/errors/assert_nonstring.lua:9: in function
print(pcall(function() assert(1 == 2) end)) -- expect: false	tests/lua/errors/assert_nonstring.lua:10: assertion failed!

-- strings index the string table through their metatable
local s = "Hello"
print(s:upper(), s:lower(), s:len())
print(("%d-%s"):format(5, "x"))
print(getmetatable("").__index == string)
print(getmetatable("abc") == getmetatable(""))
print(("x"):rep(3))
local n = 0
for w in ("a b c"):gmatch("%a") do n = n + 1 end
print(n)
print(pcall(function() return ("x"):nosuch() end))

-- (expected output, from lua5.1)
-- expect: HELLO	hello	5
-- expect: 5-x
-- expect: true
-- expect: true
-- expect: xxx
-- expect: 3
-- expect: false	tests/lua/lib/string/metatable.lua:11: attempt to call method 'nosuch' (a nil value)

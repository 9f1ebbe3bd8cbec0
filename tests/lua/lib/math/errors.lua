-- argument diagnostics of math functions
local function e(f) print(select(2, pcall(f))) end
e(function() return math.floor() end)
e(function() return math.sin("x") end)
e(function() return math.atan2(1) end)
e(function() return math.ldexp(1, "y") end)
e(function() return math.abs({}) end)
e(function() return math.sqrt(nil) end)
print(math.floor("3.7"), math.max(" 2 ", 1))

-- (expected output, from lua5.1)
-- expect: tests/lua/lib/math/errors.lua:3: bad argument #1 to 'floor' (number expected, got no value)
-- expect: tests/lua/lib/math/errors.lua:4: bad argument #1 to 'sin' (number expected, got string)
-- expect: tests/lua/lib/math/errors.lua:5: bad argument #2 to 'atan2' (number expected, got no value)
-- expect: tests/lua/lib/math/errors.lua:6: bad argument #2 to 'ldexp' (number expected, got string)
-- expect: tests/lua/lib/math/errors.lua:7: bad argument #1 to 'abs' (number expected, got table)
-- expect: tests/lua/lib/math/errors.lua:8: bad argument #1 to 'sqrt' (number expected, got nil)
-- expect: 3	2

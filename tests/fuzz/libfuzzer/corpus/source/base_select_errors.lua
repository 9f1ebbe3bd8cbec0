-- select argument errors
print(pcall(function() return select() end)) -- expect: false	tests/lua/base/select_errors.lua:2: bad argument #1 to 'select' (number expected, got no value)
print(pcall(function() return select("x") end)) -- expect: false	tests/lua/base/select_errors.lua:3: bad argument #1 to 'select' (number expected, got string)
print(pcall(function() return select({}) end)) -- expect: false	tests/lua/base/select_errors.lua:4: bad argument #1 to 'select' (number expected, got table)
print(pcall(function() return select(0, 1, 2) end)) -- expect: false	tests/lua/base/select_errors.lua:5: bad argument #1 to 'select' (index out of range)
print(pcall(function() return select(1.5, "a", "b") end)) -- expect: true	a	b

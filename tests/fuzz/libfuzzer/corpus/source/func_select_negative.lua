-- Negative indices count from the end; out of range is an error.
print(select(-1, "a", "b", "c")) -- expect: c
print(select(-2, "a", "b", "c")) -- expect: b	c
print(select(-3, "a", "b", "c")) -- expect: a	b	c
print(pcall(function() return select(-4, "a", "b", "c") end)) -- expect: false	tests/lua/func/select_negative.lua:5: bad argument #1 to 'select' (index out of range)
print(pcall(function() return select(0, "a") end)) -- expect: false	tests/lua/func/select_negative.lua:6: bad argument #1 to 'select' (index out of range)
print(pcall(function() return select("x", "a") end)) -- expect: false	tests/lua/func/select_negative.lua:7: bad argument #1 to 'select' (number expected, got string)

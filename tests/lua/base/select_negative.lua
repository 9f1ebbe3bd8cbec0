-- negative indices count from the end
print(select(-1, "a", "b", "c")) -- expect: c
print(select(-2, "a", "b", "c")) -- expect: b	c
print(select(-3, "a", "b", "c")) -- expect: a	b	c
print(pcall(select, -4, "a", "b", "c")) -- expect: false	bad argument #1 to '?' (index out of range)
print(pcall(select, 0, "a")) -- expect: false	bad argument #1 to '?' (index out of range)
print(pcall(function() return select(0) end)) -- expect: false	tests/lua/base/select_negative.lua:7: bad argument #1 to 'select' (index out of range)
print(pcall(function() return select(-1) end)) -- expect: false	tests/lua/base/select_negative.lua:8: bad argument #1 to 'select' (index out of range)

-- tonumber base out of range
print(pcall(tonumber, "1", 1)) -- expect: false	bad argument #2 to '?' (base out of range)
print(pcall(tonumber, "1", 37)) -- expect: false	bad argument #2 to '?' (base out of range)
print(pcall(tonumber, "1", 0)) -- expect: false	bad argument #2 to '?' (base out of range)
print(pcall(function() return tonumber("10", 99) end)) -- expect: false	tests/lua/base/tonumber_base_errors.lua:5: bad argument #2 to 'tonumber' (base out of range)
print(pcall(tonumber)) -- expect: false	bad argument #1 to '?' (value expected)

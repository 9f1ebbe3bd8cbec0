-- setmetatable and getmetatable argument checks
print(pcall(setmetatable, {}, 1)) -- expect: false	bad argument #2 to '?' (nil or table expected)
print(pcall(function() return setmetatable({}, 1) end)) -- expect: false	tests/lua/base/setmetatable_errors.lua:3: bad argument #2 to 'setmetatable' (nil or table expected)
print(pcall(function() return setmetatable(1, {}) end)) -- expect: false	tests/lua/base/setmetatable_errors.lua:4: bad argument #1 to 'setmetatable' (table expected, got number)
print(pcall(function() return setmetatable({}) end)) -- expect: false	tests/lua/base/setmetatable_errors.lua:5: bad argument #2 to 'setmetatable' (nil or table expected)
print(pcall(function() return getmetatable() end)) -- expect: false	tests/lua/base/setmetatable_errors.lua:6: bad argument #1 to 'getmetatable' (value expected)
print(pcall(function() return setmetatable("x", nil) end)) -- expect: false	tests/lua/base/setmetatable_errors.lua:7: bad argument #1 to 'setmetatable' (table expected, got string)

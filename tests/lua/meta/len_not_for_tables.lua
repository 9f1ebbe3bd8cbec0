-- in Lua 5.1 __len is not consulted for tables
local t = setmetatable({1, 2, 3}, {__len = function() return 42 end})
print(#t) -- expect: 3
local e = setmetatable({}, {__len = function() return 99 end})
print(#e) -- expect: 0
print(#"str") -- expect: 3

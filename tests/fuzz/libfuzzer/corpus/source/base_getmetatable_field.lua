-- getmetatable returns __metatable when present, even a table or function
local fake = {}
local t = setmetatable({}, {__metatable = fake})
print(getmetatable(t) == fake) -- expect: true
local u = setmetatable({}, {__metatable = print})
print(getmetatable(u) == print) -- expect: true
local v = setmetatable({}, {__metatable = nil, __index = {}})
print(type(getmetatable(v))) -- expect: table
print(getmetatable(setmetatable({}, {__metatable = 0}))) -- expect: 0

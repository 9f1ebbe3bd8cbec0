-- metamethods are fetched with raw access from the metatable
local mt = setmetatable({}, {__index = {__add = function() return "inherited" end}})
local t = setmetatable({}, mt)
print(pcall(function() return t + 1 end)) -- expect: false	tests/lua/meta/metamethod_lookup_raw.lua:4: attempt to perform arithmetic on upvalue 't' (a table value)
mt.__add = function() return "own" end
print(t + 1) -- expect: own

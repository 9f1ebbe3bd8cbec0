-- a metamethod field that is not callable
local t = setmetatable({}, {__add = 1, __call = "no", __index = 5})
print(pcall(function() return t + 1 end)) -- expect: false	tests/lua/errors/meta_bad_metamethod.lua:3: attempt to call a number value
print(pcall(function() return t() end)) -- expect: false	tests/lua/errors/meta_bad_metamethod.lua:4: attempt to call upvalue 't' (a table value)
print(pcall(function() return t.x end)) -- expect: false	tests/lua/errors/meta_bad_metamethod.lua:5: attempt to index a number value
local u = setmetatable({}, {__concat = true})
print(pcall(function() return u .. "x" end)) -- expect: false	tests/lua/errors/meta_bad_metamethod.lua:7: attempt to call a boolean value

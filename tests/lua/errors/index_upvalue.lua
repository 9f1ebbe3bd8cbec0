-- indexing an upvalue names it as upvalue
local function try(f) return select(2, pcall(f)) end
local up
print(try(function() return up.x end)) -- expect: tests/lua/errors/index_upvalue.lua:4: attempt to index upvalue 'up' (a nil value)
print(try(function() up.x = 1 end)) -- expect: tests/lua/errors/index_upvalue.lua:5: attempt to index upvalue 'up' (a nil value)
local num = 1.5
print(try(function() return num.y end)) -- expect: tests/lua/errors/index_upvalue.lua:7: attempt to index upvalue 'num' (a number value)
local s = true
print(try(function() return s[1] end)) -- expect: tests/lua/errors/index_upvalue.lua:9: attempt to index upvalue 's' (a boolean value)

-- Arithmetic falls back to metamethods for tables.
local mt = {}
mt.__add = function(a, b) return "add" end
mt.__unm = function(a) return "unm" end
mt.__mod = function(a, b) return "mod" end
mt.__pow = function(a, b) return "pow" end
local t = setmetatable({}, mt)
print(t + 1, 1 + t) -- expect: add	add
print(-t) -- expect: unm
print(t % 2, t ^ 2) -- expect: mod	pow
print(pcall(function() return t * 2 end)) -- expect: false	tests/lua/arith/arith_metamethods.lua:11: attempt to perform arithmetic on upvalue 't' (a table value)

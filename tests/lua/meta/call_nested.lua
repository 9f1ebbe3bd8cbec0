-- __call whose handler is itself a callable table
local inner = setmetatable({}, {__call = function(self, a, b) return "inner", a == nil, b end})
local outer = setmetatable({}, {__call = function(self, x) return x * 2 end})
print(outer(21)) -- expect: 42
local ok, e = pcall(function() local c = setmetatable({}, {__call = inner}); return c(5) end)
print(ok, type(e)) -- expect: false	string
print(e) -- expect: tests/lua/meta/call_nested.lua:5: attempt to call local 'c' (a table value)

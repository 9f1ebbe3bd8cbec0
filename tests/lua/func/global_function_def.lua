-- function name() defines a global; function t.f() a field.
function globalf(x) return x + 1 end
print(globalf(1)) -- expect: 2
print(type(globalf)) -- expect: function
lib = {}
function lib.helper() return "helper" end
print(lib.helper()) -- expect: helper
local t = {}
function t.f() return "t.f" end
print(t.f()) -- expect: t.f

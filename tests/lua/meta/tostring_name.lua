-- __name is not special in 5.1; default tostring starts with "table: "
local t = setmetatable({}, {__name = "MyType"})
local s = tostring(t)
print(type(s), #s > 7) -- expect: string	true
print(s == tostring(t)) -- expect: true
local f = tostring(print)
print(type(f)) -- expect: string

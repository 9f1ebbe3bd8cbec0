-- __mul and __div with operand order
local mt = {}
mt.__mul = function(a, b)
  if type(a) == "number" then return "num*obj" end
  if type(b) == "number" then return "obj*num" end
  return "obj*obj"
end
mt.__div = function(a, b) return type(a) .. "/" .. type(b) end
local o = setmetatable({}, mt)
print(o * 2, 2 * o, o * o) -- expect: obj*num	num*obj	obj*obj
print(o / 2, 2 / o, o / o) -- expect: table/number	number/table	table/table
print(o / "x") -- expect: table/string

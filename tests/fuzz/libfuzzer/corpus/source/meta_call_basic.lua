-- __call receives the object followed by the call arguments
local obj = setmetatable({name = "obj"}, {__call = function(self, a, b)
  return self.name, a, b
end})
print(obj(1, 2)) -- expect: obj	1	2
print(obj()) -- expect: obj	nil	nil
print(select('#', obj(1, 2, 3))) -- expect: 3

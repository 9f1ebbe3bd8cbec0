-- finalizers run once each, newest first, and a resurrected object stays valid
collectgarbage("stop")  -- only the explicit collections below run finalizers
local order = {}
for i = 1, 5 do
  local p = newproxy(true)
  getmetatable(p).__gc = function() order[#order + 1] = i end
end
collectgarbage()
print(table.concat(order, ",")) -- expect: 5,4,3,2,1
collectgarbage()
print(#order) -- expect: 5
local saved
do
  local p = newproxy(true)
  local mt = getmetatable(p)
  mt.__gc = function(o) saved = o end
  mt.__index = function(_, k) return "field " .. k end
end
collectgarbage()
print(type(saved), saved.x) -- expect: userdata	field x
saved = nil
collectgarbage()
print(saved) -- expect: nil

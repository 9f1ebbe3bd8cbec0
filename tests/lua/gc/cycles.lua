-- reference cycles through tables, closures and metatables are collected
local before = collectgarbage("count")
for i = 1, 2000 do
  local a, b = {}, {}
  a.other, b.other = b, a
  local f; f = function() return f, a end
  a.f = f
  setmetatable(a, {__index = b}); setmetatable(b, {__index = a.f})
end
collectgarbage(); collectgarbage()
print(collectgarbage("count") - before < 100) -- expect: true

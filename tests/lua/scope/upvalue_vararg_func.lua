-- Closures inside vararg functions capture locals copied from ...
local function capture(...)
  local a, b = ...
  local n = select('#', ...)
  return function() return a, b, n end
end
print(capture(1, 2, 3)()) -- expect: 1	2	3
print(capture()()) -- expect: nil	nil	0

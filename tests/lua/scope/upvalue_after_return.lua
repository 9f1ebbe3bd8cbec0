-- Captured locals survive after their function returns.
local function counter()
  local n = 0
  return function() n = n + 1; return n end
end
local c1 = counter()
local c2 = counter()
print(c1(), c1(), c1()) -- expect: 1	2	3
print(c2()) -- expect: 1
print(c1()) -- expect: 4

-- A first program: closures, tables, varargs and string coercion.
local function counter()
  local n = 0
  return function(...) n = n + select('#', ...) + 1; return n end
end
local c = counter()
c(); c(1, 2)
local t = {}
for i = 1, 5 do t[#t + 1] = i * i end
print("hello from Apogee", c(), t[5], "10" + 5)

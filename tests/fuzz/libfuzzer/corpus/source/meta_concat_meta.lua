-- __concat for left and right operands and with numbers
local mt = {__concat = function(a, b)
  local l = type(a) == "table" and "T" or tostring(a)
  local r = type(b) == "table" and "T" or tostring(b)
  return l .. "+" .. r
end}
local t = setmetatable({}, mt)
print(t .. "x") -- expect: T+x
print("x" .. t) -- expect: x+T
print(t .. 1) -- expect: T+1
print(2 .. t) -- expect: 2+T
print(t .. t) -- expect: T+T
print("a" .. "b" .. t) -- expect: ab+T

-- without __le, a <= b is computed as not (b < a) using __lt
local calls = ""
local mt = {__lt = function(a, b)
  calls = calls .. a.n .. "<" .. b.n .. ";"
  return a.n < b.n
end}
local a = setmetatable({n = 1}, mt)
local b = setmetatable({n = 2}, mt)
print(a <= b) -- expect: true
print(b <= a) -- expect: false
print(a >= b) -- expect: false
print(a <= a) -- expect: true
print(calls) -- expect: 2<1;1<2;1<2;1<1;

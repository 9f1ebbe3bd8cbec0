-- __newindex as a function; rawset inside stores directly
local log = ""
local t = setmetatable({}, {__newindex = function(tab, k, v)
  log = log .. k .. "=" .. tostring(v) .. ";"
  rawset(tab, k, v * 2)
end})
t.a = 1
t.b = 5
print(log) -- expect: a=1;b=5;
print(t.a, t.b) -- expect: 2	10
t.a = 100
print(t.a, log) -- expect: 100	a=1;b=5;

-- __index as a function receives the table and the key
local calls = 0
local t = setmetatable({present = "yes"}, {__index = function(tab, k)
  calls = calls + 1
  return "computed:" .. tostring(k)
end})
print(t.present) -- expect: yes
print(t.abc) -- expect: computed:abc
print(t[1]) -- expect: computed:1
print(t[true]) -- expect: computed:true
print(calls) -- expect: 3
local self
local u = setmetatable({}, {__index = function(tab, k) self = tab; return nil end})
print(u.x, self == u) -- expect: nil	true

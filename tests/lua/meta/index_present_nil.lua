-- __index is only consulted when the raw value is nil
local t = setmetatable({f = false, z = 0}, {__index = function() return "default" end})
print(t.f, t.z, t.other) -- expect: false	0	default
t.f = nil
print(t.f) -- expect: default

-- comparison metamethod results are converted to booleans
local mt = {__lt = function() return 1 end, __le = function() return nil end}
local a = setmetatable({}, mt)
local b = setmetatable({}, mt)
print(a < b, a <= b) -- expect: true	false
print(a > b, a >= b) -- expect: true	false

-- __tostring is used by tostring and print
local t = setmetatable({}, {__tostring = function(self) return "custom object" end})
print(tostring(t)) -- expect: custom object
print(t) -- expect: custom object
print(t, 1, t) -- expect: custom object	1	custom object
local n = setmetatable({}, {__tostring = function() return 123 end})
print(tostring(n), type(tostring(n))) -- expect: 123	number

-- pcall returns whatever value was raised
print(pcall(error, false)) -- expect: false	false
print(pcall(error, 0)) -- expect: false	0
print(pcall(error, "s", 0)) -- expect: false	s
local f = function() end
print(select(2, pcall(error, f)) == f) -- expect: true
print(pcall(error, -1.5, 0)) -- expect: false	-1.5

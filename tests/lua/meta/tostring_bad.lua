-- __tostring returning a non-string
local t = setmetatable({}, {__tostring = function() return {} end})
print(type(tostring(t)))
local ok, e = pcall(print, t)
print(ok, e)
local u = setmetatable({}, {__tostring = function() error("no string", 0) end})
print(pcall(tostring, u))

-- (expected output)
-- expect: table
-- expect: false	'tostring' must return a string to 'print'
-- expect: false	no string

-- tostring of reference types is "<type>: <address>", unique per object
print(#tostring({}) > #"table: ") -- expect: true
print(#tostring(print) > #"function: ") -- expect: true
print(tostring({}) ~= tostring({})) -- expect: true
local t = {}
print(tostring(t) == tostring(t)) -- expect: true
local f = function() end
print(tostring(f) == tostring(f), tostring(f) ~= tostring(t)) -- expect: true	true

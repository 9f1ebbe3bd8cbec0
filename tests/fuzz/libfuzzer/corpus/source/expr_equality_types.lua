-- == never coerces and compares tables/functions by identity.
print(1 == "1") -- expect: false
print("1" ~= 1) -- expect: true
print(nil == false) -- expect: false
local t, u = {}, {}
print(t == t, t == u) -- expect: true	false
local f = function() end
print(f == f) -- expect: true
print(function() end == function() end) -- expect: false
print("a" .. "b" == "ab") -- expect: true
print(true == true, true ~= false) -- expect: true	true

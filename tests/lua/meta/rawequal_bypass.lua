-- rawequal ignores __eq
local mt = {__eq = function() return true end}
local a, b = setmetatable({}, mt), setmetatable({}, mt)
print(a == b, rawequal(a, b)) -- expect: true	false
print(rawequal(1, 1), rawequal("x", "x"), rawequal(1, "1")) -- expect: true	true	false
print(rawequal(nil, nil), rawequal(a, a)) -- expect: true	true
print(pcall(rawequal, 1)) -- expect: false	bad argument #2 to '?' (value expected)

-- rawequal compares without metamethods
local t = {}
print(rawequal(t, t), rawequal(t, {})) -- expect: true	false
print(rawequal(0, -0), rawequal(1, 1.0)) -- expect: true	true
print(rawequal("a" .. "b", "ab")) -- expect: true
print(rawequal(0/0, 0/0)) -- expect: false
print(rawequal(nil, false)) -- expect: false

-- setmetatable returns its first argument; getmetatable of plain values
local mt = {}
local t = {}
print(setmetatable(t, mt) == t) -- expect: true
print(getmetatable(t) == mt) -- expect: true
print(setmetatable(t, nil) == t, getmetatable(t)) -- expect: true	nil
print(getmetatable(1), getmetatable(nil), getmetatable(print)) -- expect: nil	nil	nil
print(getmetatable({})) -- expect: nil

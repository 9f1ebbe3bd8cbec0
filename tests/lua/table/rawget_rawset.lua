-- rawget/rawset bypass metamethods.
local log = ""
local t = setmetatable({}, {
  __index = function(t, k) return "meta:" .. k end,
  __newindex = function(t, k, v) log = log .. k end,
})
print(t.x) -- expect: meta:x
print(rawget(t, "x")) -- expect: nil
t.y = 1
print(log, rawget(t, "y")) -- expect: y	nil
rawset(t, "y", 2)
print(t.y) -- expect: 2
print(rawset(t, "z", 3) == t) -- expect: true
print(rawget(t, "z")) -- expect: 3

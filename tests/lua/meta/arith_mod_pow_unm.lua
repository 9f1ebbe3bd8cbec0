-- __mod, __pow and __unm
local mt = {
  __mod = function(a, b) return "mod" end,
  __pow = function(a, b) return "pow" end,
  __unm = function(a, b) return "unm", "dropped" end,
}
local o = setmetatable({}, mt)
print(o % 3, 3 % o) -- expect: mod	mod
print(o ^ 2, 2 ^ o) -- expect: pow	pow
print(-o) -- expect: unm
print(select('#', -o)) -- expect: 1
local seen
local m2 = setmetatable({}, {__unm = function(a, b) seen = (a == b) return 0 end})
print(-m2, seen) -- expect: 0	true

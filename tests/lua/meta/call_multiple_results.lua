-- __call can return multiple results and take varargs
local counter = setmetatable({n = 0}, {__call = function(self, ...)
  self.n = self.n + select('#', ...)
  return self.n, ...
end})
print(counter("a", "b")) -- expect: 2	a	b
print(counter(nil, nil, nil)) -- expect: 5	nil	nil	nil
local t = {counter(1)}
print(#t, t[1], t[2]) -- expect: 2	6	1
print(pcall(counter, "x")) -- expect: true	7	x

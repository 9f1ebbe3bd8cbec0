-- Tables with __call can be called like functions.
local callable = setmetatable({}, {__call = function(self, a, b) return "called", a, b end})
print(callable(1, 2)) -- expect: called	1	2
local counter = setmetatable({n = 0}, {__call = function(self) self.n = self.n + 1; return self.n end})
counter() counter()
print(counter()) -- expect: 3
print(pcall(callable, "x")) -- expect: true	called	x	nil

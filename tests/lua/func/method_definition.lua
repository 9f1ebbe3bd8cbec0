-- function a.b.c:m() defines a method with an implicit self.
local a = {b = {c = {name = "C"}}}
function a.b.c:m(x) return self.name .. x end
print(a.b.c:m("!")) -- expect: C!
print(a.b.c.m(a.b.c, "?")) -- expect: C?
print(a.b.c.m({name = "other"}, ".")) -- expect: other.
function a.b.f(x) return x * 2 end
print(a.b.f(21)) -- expect: 42
local obj = {v = 1}
function obj.inc(self) self.v = self.v + 1 end
obj:inc()
print(obj.v) -- expect: 2

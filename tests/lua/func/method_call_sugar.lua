-- obj:m(args) evaluates obj once and passes it as the first argument.
local count = 0
local obj = {x = 5}
function obj.m(self, y) return self.x + y end
local function get() count = count + 1; return obj end
print(get():m(1)) -- expect: 6
print(count) -- expect: 1
print(obj:m(10)) -- expect: 15
local s = {f = function(self, ...) return select('#', ...) end}
print(s:f(), s:f(1, 2)) -- expect: 0	2
print(pcall(function() local t = {} return t:nomethod() end)) -- expect: false	tests/lua/func/method_call_sugar.lua:11: attempt to call method 'nomethod' (a nil value)

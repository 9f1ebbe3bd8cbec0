-- Functions are first-class values.
local function apply(f, x) return f(x) end
print(apply(function(x) return x * x end, 7)) -- expect: 49
local ops = {add = function(a, b) return a + b end, sub = function(a, b) return a - b end}
print(ops.add(2, 3), ops["sub"](2, 3)) -- expect: 5	-1
local function compose(f, g) return function(...) return f(g(...)) end end
local inc = function(x) return x + 1 end
local dbl = function(x) return x * 2 end
print(compose(inc, dbl)(5), compose(dbl, inc)(5)) -- expect: 11	12
print((function(...) return select('#', ...) end)(1, 2, 3)) -- expect: 3

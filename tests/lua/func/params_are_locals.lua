-- Parameters are local copies; assigning them does not affect the caller.
local function f(x) x = x + 1; return x end
local v = 1
print(f(v), v) -- expect: 2	1
local function g(t) t = {} ; return t end
local orig = {}
print(g(orig) == orig) -- expect: false
local function h(t) t.k = "set" end
h(orig)
print(orig.k) -- expect: set

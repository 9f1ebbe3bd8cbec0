-- Tail calls pass all results through.
local function three() return 1, 2, 3 end
local function tail() return three() end
print(tail()) -- expect: 1	2	3
local function deep(n) if n == 0 then return "a", "b" end return deep(n - 1) end
print(deep(100000)) -- expect: a	b
local function tvar(...) return select('#', ...) end
local function t2(...) return tvar(...) end
print(t2(nil, nil)) -- expect: 2
local t = {m = function(self, x) return self, x end}
local function tm() return t:m(5) end
local s, x = tm()
print(s == t, x) -- expect: true	5

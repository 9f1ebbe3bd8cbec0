-- arg.n counts trailing nils; arg is a fresh table per call.
local function f(...) return arg end
local t = f(nil, 2, nil)
print(t.n, t[1], t[2], t[3]) -- expect: 3	nil	2	nil
local a1, a2 = f(1), f(1)
print(a1 == a2) -- expect: false
local function count(...) local c = 0; for k in pairs(arg) do c = c + 1 end; return c end
print(count("x", "y", "z")) -- expect: 4

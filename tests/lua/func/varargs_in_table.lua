-- {...} collects the varargs; nils inside are kept by select('#').
local function pack(...) return {...}, select('#', ...) end
local t, n = pack(1, 2, 3)
print(#t, n) -- expect: 3	3
t, n = pack()
print(#t, n) -- expect: 0	0
t, n = pack(nil, nil, 3)
print(n, t[3]) -- expect: 3	3
local function first(...) local t = {...}; return t[1] end
print(first("x", "y")) -- expect: x

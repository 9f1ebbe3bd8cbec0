-- deeply nested function definitions
local src = ""
for i = 1, 5000 do src = src .. "function f() " end
for i = 1, 5000 do src = src .. "end " end
local f, e = loadstring(src, "=funcs")
print(f, e) -- expect: nil	funcs:1: chunk has too many syntax levels
src = ""
for i = 1, 40 do src = src .. "return function() " end
src = src .. "return 7"
for i = 1, 40 do src = src .. " end" end
local g = loadstring(src)
local v = g
for i = 1, 41 do v = v() end
print(v) -- expect: 7

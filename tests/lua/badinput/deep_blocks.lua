-- deeply nested do-blocks and ifs
local src = ""
for i = 1, 10000 do src = src .. "do " end
for i = 1, 10000 do src = src .. "end " end
local f, e = loadstring(src, "=blocks")
print(f, e) -- expect: nil	blocks:1: chunk has too many syntax levels
src = ""
for i = 1, 10000 do src = src .. "if true then " end
local g, m = loadstring(src, "=ifs")
print(g, m) -- expect: nil	ifs:1: chunk has too many syntax levels

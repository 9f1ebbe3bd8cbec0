-- long chains of unary operators
local src = "return "
for i = 1, 10000 do src = src .. "- " end
src = src .. "1"
local f, e = loadstring(src, "=unary")
print(f, e) -- expect: nil	unary:1: chunk has too many syntax levels
src = "return "
for i = 1, 10000 do src = src .. "not " end
print(loadstring(src .. "nil", "=nots")) -- expect: nil	nots:1: chunk has too many syntax levels

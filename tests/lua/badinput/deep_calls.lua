-- deeply nested call arguments
local src = "return "
for i = 1, 10000 do src = src .. "f(" end
src = src .. "1"
for i = 1, 10000 do src = src .. ")" end
print(loadstring(src, "=calls")) -- expect: nil	calls:1: chunk has too many syntax levels

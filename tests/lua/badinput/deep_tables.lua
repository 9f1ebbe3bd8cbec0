-- deeply nested table constructors
local src = "return "
for i = 1, 10000 do src = src .. "{" end
for i = 1, 10000 do src = src .. "}" end
local f, e = loadstring(src, "=tables")
print(f, e) -- expect: nil	tables:1: chunk has too many syntax levels
src = "return "
for i = 1, 50 do src = src .. "{" end
for i = 1, 50 do src = src .. "}" end
print(type(loadstring(src)())) -- expect: table

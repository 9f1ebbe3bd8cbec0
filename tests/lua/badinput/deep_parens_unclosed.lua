-- many unclosed parentheses
local src = "x = "
for i = 1, 10000 do src = src .. "(" end
local f, e = loadstring(src, "=open")
print(f, e) -- expect: nil	open:1: chunk has too many syntax levels
print(pcall(loadstring, src)) -- expect: true	nil	[string "x = (((((((((((((((((((((((((((((((((((((((((((((((((((((((((((..."]:1: chunk has too many syntax levels

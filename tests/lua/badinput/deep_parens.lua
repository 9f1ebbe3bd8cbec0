-- 10,000 nested parentheses are rejected with a message, not a crash
local src = "return "
for i = 1, 10000 do src = src .. "(" end
src = src .. "1"
for i = 1, 10000 do src = src .. ")" end
local f, e = loadstring(src, "=parens")
print(f) -- expect: nil
print(e) -- expect: parens:1: chunk has too many syntax levels
print(loadstring("return ((((1))))")()) -- expect: 1

-- a function with many distinct constants
local src = "local t = {"
for i = 1, 3000 do src = src .. i .. "," end
src = src .. "} return #t, t[3000]"
print(loadstring(src)()) -- expect: 3000	3000
src = "return {"
for i = 1, 1000 do src = src .. "k" .. i .. " = " .. i .. "," end
src = src .. "}"
print(loadstring(src)().k777) -- expect: 777

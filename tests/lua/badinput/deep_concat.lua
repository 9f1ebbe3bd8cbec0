-- a long right-associative chain of concatenations
local src = "return 'a'"
for i = 1, 5000 do src = src .. " .. 'a'" end
local f, e = loadstring(src, "=concat")
print(f, e) -- expect: nil	concat:1: chunk has too many syntax levels
src = "return 1"
for i = 1, 5000 do src = src .. " + 1" end
print(loadstring(src, "=sum")()) -- expect: 5001

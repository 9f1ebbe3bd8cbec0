-- many separate local statements also count
local src = ""
for i = 1, 201 do src = src .. "local v" .. i .. " = " .. i .. "\n" end
local f, e = loadstring(src, "=locals")
print(f, e) -- expect: nil	locals:201: main function has more than 200 local variables
src = "local function f()\n"
for i = 1, 250 do src = src .. "local v" .. i .. "\n" end
src = src .. "end"
print(loadstring(src, "=inner")) -- expect: nil	inner:203: function at line 1 has more than 200 local variables

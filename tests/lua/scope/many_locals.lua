-- Functions with many locals (up to the 200 limit) work.
local src = "local s = 0\n"
for i = 1, 150 do src = src .. "local v" .. i .. " = " .. i .. "\n" end
src = src .. "return v1 + v75 + v150"
print(loadstring(src)()) -- expect: 226
local src2 = ""
for i = 1, 201 do src2 = src2 .. "local v" .. i .. " = " .. i .. "\n" end
local f, err = loadstring(src2)
print(f) -- expect: nil
print(err) -- expect: [string "local v1 = 1..."]:201: main function has more than 200 local variables

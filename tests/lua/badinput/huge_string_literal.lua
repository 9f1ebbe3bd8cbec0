-- very long string literal and long identifier
local s = "x"
for i = 1, 16 do s = s .. s end
local f = loadstring("return '" .. s .. "'")
print(#f()) -- expect: 65536
local name = "v"
for i = 1, 12 do name = name .. name end
print(loadstring("local " .. name .. " = 3 return " .. name)()) -- expect: 3

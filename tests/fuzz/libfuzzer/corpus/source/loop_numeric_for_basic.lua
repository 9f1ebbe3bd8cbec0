-- Numeric for with the default step of 1.
local s = ""
for i = 1, 5 do s = s .. i end
print(s) -- expect: 12345
local n = 0
for i = 1, 1 do n = n + 1 end
print(n) -- expect: 1
n = 0
for i = 5, 1 do n = n + 1 end
print(n) -- expect: 0
for i = -2, 0 do io_unused = i end
print(io_unused) -- expect: 0

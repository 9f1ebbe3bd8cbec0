-- Positive and negative steps.
local s = ""
for i = 1, 10, 3 do s = s .. i .. "," end
print(s) -- expect: 1,4,7,10,
s = ""
for i = 10, 1, -3 do s = s .. i .. "," end
print(s) -- expect: 10,7,4,1,
s = ""
for i = 3, 1, -1 do s = s .. i end
print(s) -- expect: 321
local n = 0
for i = 1, 10, -1 do n = n + 1 end
print(n) -- expect: 0
s = ""
for i = 0, 9, 5 do s = s .. i end
print(s) -- expect: 05

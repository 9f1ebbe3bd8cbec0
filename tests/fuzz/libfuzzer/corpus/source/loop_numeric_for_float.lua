-- Float bounds and steps.
local s = ""
for i = 0, 1, 0.25 do s = s .. i .. "," end
print(s) -- expect: 0,0.25,0.5,0.75,1,
s = ""
for i = 1.5, 4 do s = s .. i .. "," end
print(s) -- expect: 1.5,2.5,3.5,
s = ""
for i = 1, 0, -0.5 do s = s .. i .. "," end
print(s) -- expect: 1,0.5,0,
local n = 0
for i = 0.1, 1, 0.1 do n = n + 1 end
print(n) -- expect: 10

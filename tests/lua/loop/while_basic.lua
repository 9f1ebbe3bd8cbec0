-- while loops test the condition before each iteration.
local i, s = 1, ""
while i <= 5 do s = s .. i; i = i + 1 end
print(s, i) -- expect: 12345	6
local n = 0
while false do n = n + 1 end
print(n) -- expect: 0
local t = {1, 2, 3}
while #t > 0 do t[#t] = nil; n = n + 1 end
print(n) -- expect: 3
local x = nil
while x do n = 100 end
print(n) -- expect: 3

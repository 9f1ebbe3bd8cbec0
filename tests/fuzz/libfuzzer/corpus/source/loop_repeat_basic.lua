-- repeat runs the body at least once.
local n = 0
repeat n = n + 1 until true
print(n) -- expect: 1
n = 0
repeat n = n + 1 until n >= 5
print(n) -- expect: 5
local s = ""
local i = 10
repeat s = s .. i; i = i - 3 until i < 0
print(s) -- expect: 10741

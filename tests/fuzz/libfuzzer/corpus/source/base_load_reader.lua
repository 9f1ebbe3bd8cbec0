-- load calls the reader until it returns nil or empty string
local parts = {"return ", "1 ", "+ ", "41"}
local i = 0
local f = load(function() i = i + 1; return parts[i] end)
print(f()) -- expect: 42
print(i) -- expect: 5
local j = 0
f = load(function() j = j + 1; if j == 1 then return "return 'done'" end return "" end)
print(f(), j) -- expect: done	2

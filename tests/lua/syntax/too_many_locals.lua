-- more than 200 local variables in one function
local src = "local a1"
for i = 2, 201 do src = src .. ", a" .. i end
local f, e = loadstring(src)
print(f, e) -- expect: nil	[string "local a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a..."]:1: main function has more than 200 local variables
src = "local a1"
for i = 2, 200 do src = src .. ", a" .. i end
print(type(loadstring(src))) -- expect: function

-- Constructors with many items (more than one SETLIST batch).
local t = {1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,
  21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,
  41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,
  61,62,63,64,65,66,67,68,69,70}
print(#t, t[50], t[51], t[70]) -- expect: 70	50	51	70
local function three() return "x", "y", "z" end
local u = {1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,
  21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,
  41,42,43,44,45,46,47,48,49,50, three()}
print(#u, u[51], u[53]) -- expect: 53	x	z
-- Build a 1000-element constructor with loadstring.
local src = "return {"
for i = 1, 1000 do src = src .. i .. "," end
src = src .. "}"
local big = loadstring(src)()
print(#big, big[1], big[500], big[1000]) -- expect: 1000	1	500	1000

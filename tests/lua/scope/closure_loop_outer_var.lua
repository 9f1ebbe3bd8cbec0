-- A local declared outside the loop is shared by all closures.
local fs = {}
local shared = 0
for i = 1, 3 do
  shared = i
  fs[i] = function() return shared end
end
print(fs[1](), fs[2](), fs[3]()) -- expect: 3	3	3
local x = 0
local w = {}
while x < 3 do
  x = x + 1
  w[x] = function() return x end
end
print(w[1](), w[3]()) -- expect: 3	3

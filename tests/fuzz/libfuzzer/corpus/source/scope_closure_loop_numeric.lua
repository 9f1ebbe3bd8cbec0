-- Each iteration of a numeric for has a fresh loop variable.
local fs = {}
for i = 1, 3 do
  fs[i] = function() return i end
end
print(fs[1](), fs[2](), fs[3]()) -- expect: 1	2	3
local gs = {}
for i = 10, 1, -4 do
  gs[#gs + 1] = function() i = i + 1; return i end
end
print(#gs, gs[1](), gs[1](), gs[2]()) -- expect: 3	11	12	7

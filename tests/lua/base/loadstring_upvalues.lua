-- functions created by loaded chunks keep working after the chunk returns
local make = loadstring("local n = 0 return function() n = n + 1 return n end")
local c1, c2 = make(), make()
print(c1(), c1(), c2()) -- expect: 1	2	1
local g = loadstring("return function(...) return select('#', ...) end")()
print(g(nil, nil, nil)) -- expect: 3

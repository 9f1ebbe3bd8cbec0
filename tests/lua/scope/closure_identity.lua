-- Each evaluation of a function expression creates a distinct closure.
local fs = {}
for i = 1, 2 do fs[i] = function() return 1 end end
print(fs[1] == fs[2]) -- expect: false
local function mk() return function() end end
print(mk() == mk()) -- expect: false
local g = mk()
print(g == g) -- expect: true
print(type(g)) -- expect: function

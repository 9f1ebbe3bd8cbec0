-- recursion through __index metamethod functions overflows and is caught
local t = setmetatable({}, {})
getmetatable(t).__index = function(tab, k) return tab[k] end
local ok, e = pcall(function() return t.x end)
print(ok, type(e)) -- expect: false	string
print(rawget(t, "x")) -- expect: nil
local ok2 = pcall(function() local function f() return f() + 1 end return f() end)
print(ok2) -- expect: false

-- chain ending in a function
local last = setmetatable({}, {__index = function(t, k) return k .. "!" end})
local mid = setmetatable({}, {__index = last})
local top = setmetatable({}, {__index = mid})
print(top.hey) -- expect: hey!
print(top[10]) -- expect: 10!
rawset(mid, "hey", "direct")
print(top.hey) -- expect: direct

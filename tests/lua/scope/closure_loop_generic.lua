-- Each iteration of a generic for has fresh variables.
local fs = {}
for i, v in ipairs({"a", "b", "c"}) do
  fs[i] = function() return i .. v end
end
print(fs[1](), fs[2](), fs[3]()) -- expect: 1a	2b	3c
local ks = {}
local n = 0
for k, v in pairs({x = 1, y = 2}) do
  n = n + 1
  ks[n] = function() return v end
end
print(ks[1]() + ks[2]()) -- expect: 3

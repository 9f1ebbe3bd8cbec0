-- Named fields are string keys.
local t = {x = 1, y = 2, ["z"] = 3}
print(t.x, t["y"], t.z) -- expect: 1	2	3
print(#t) -- expect: 0
local n = 0
for k, v in pairs(t) do n = n + v end
print(n) -- expect: 6
local u = {name = "apogee", version = 5.1}
print(u.name .. " " .. u.version) -- expect: apogee 5.1

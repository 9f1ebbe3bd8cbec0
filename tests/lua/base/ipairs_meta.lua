-- ipairs in 5.1 uses raw access (ignores __index)
local t = setmetatable({}, {__index = function(t, i) if i <= 3 then return i * 10 end end})
local n = 0
for i, v in ipairs(t) do n = n + 1 end
print(n) -- expect: 0
print(t[1], t[2]) -- expect: 10	20

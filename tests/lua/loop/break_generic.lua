-- break leaves generic for loops.
local found
for i, v in ipairs({"a", "b", "needle", "c"}) do
  if v == "needle" then found = i; break end
end
print(found) -- expect: 3
local n = 0
for k, v in pairs({1, 2, 3, 4, 5}) do n = n + 1; if n == 2 then break end end
print(n) -- expect: 2
local function inf() return function() return 1 end end
local c = 0
for x in inf() do c = c + x; if c >= 10 then break end end
print(c) -- expect: 10

-- Loop variables are not visible after the loop.
for i = 1, 2 do end
print(i) -- expect: nil
for k, v in pairs({a = 1}) do end
print(k, v) -- expect: nil	nil
local x = 1
for x = 5, 5 do print(x) end -- expect: 5
print(x) -- expect: 1

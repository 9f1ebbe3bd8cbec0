-- Loops with huge bounds that run zero times, and inf bounds with break.
local n = 0
for i = 1e308, 1 do n = n + 1 end
print(n) -- expect: 0
for i = 1, -1e308 do n = n + 1 end
print(n) -- expect: 0
local inf = 1/0
for i = inf, 0 do n = n + 1 end
print(n) -- expect: 0
for i = 1, inf do n = n + 1; if i >= 5 then break end end
print(n) -- expect: 5
for i = -inf, -1e308, -1 do n = n + 1 end
print(n) -- expect: 5
for i = 2^53, 2^53 - 1 do n = n + 1 end
print(n) -- expect: 5

-- pairs visits all keys (order independent checks).
local t = {1, 2, 3, a = 10, b = 20}
local n, sum = 0, 0
for k, v in pairs(t) do n = n + 1; sum = sum + v end
print(n, sum) -- expect: 5	36
local strkeys = 0
for k in pairs(t) do if type(k) == "string" then strkeys = strkeys + 1 end end
print(strkeys) -- expect: 2
local e = 0
for k, v in pairs({}) do e = e + 1 end
print(e) -- expect: 0

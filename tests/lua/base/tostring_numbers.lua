-- tostring uses the same formatting as print
print(tostring(1e15) .. "|" .. tostring(1e16)) -- expect: 1e+15|1e+16
local z = 0
print(tostring(z) .. "|" .. tostring(-z)) -- expect: 0|-0
print(tostring(2^63) .. "|" .. tostring(-2^63)) -- expect: 9.2233720368548e+18|-9.2233720368548e+18
print(tostring(1/3) .. "|" .. tostring(2/3)) -- expect: 0.33333333333333|0.66666666666667
print(tostring(100000000000000) .. "|" .. tostring(0.1 * 3)) -- expect: 1e+14|0.3
print(10 .. "" == "10", 1.5 .. "" == "1.5") -- expect: true	true

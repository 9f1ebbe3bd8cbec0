-- Numbers convert to strings in concatenation.
print(1 .. 2) -- expect: 12
print(1.5 .. "") -- expect: 1.5
print(2^53 .. "") -- expect: 9.007199254741e+15
print("n=" .. 10) -- expect: n=10
print(10 .. "" == "10") -- expect: true
print(0.1 .. "|" .. 1e100) -- expect: 0.1|1e+100
print(type(1 .. 2)) -- expect: string
print(-0.0 .. "") -- expect: -0

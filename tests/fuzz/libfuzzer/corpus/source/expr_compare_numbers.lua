-- Numeric comparisons.
print(1 < 2, 2 < 1, 1 < 1) -- expect: true	false	false
print(1 <= 1, 2 <= 1) -- expect: true	false
print(3 > 2, 2 >= 2, 1 >= 2) -- expect: true	true	false
print(-1 < 0) -- expect: true
print(0.1 < 0.2) -- expect: true
print(1 == 1.0) -- expect: true
print(1 ~= 1) -- expect: false
print(-0.5 > -1) -- expect: true
local inf = 1/0
print(-inf < -1e308, inf > 1e308) -- expect: true	true

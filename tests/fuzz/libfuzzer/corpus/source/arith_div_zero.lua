-- Division by zero gives inf, -inf or nan; no error.
local zero = 0
print(1 / zero) -- expect: inf
print(-1 / zero) -- expect: -inf
print(1 / -zero) -- expect: -inf
print(zero / zero ~= zero / zero) -- expect: true
print(1 / 0) -- expect: inf
print(-1 / 0) -- expect: -inf
print(pcall(function() return 5 / 0 end)) -- expect: true	inf

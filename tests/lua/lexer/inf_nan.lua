-- Infinity and NaN printing (as lua5.1 prints them on x86-64 Linux).
local zero = 0
local inf = 1/zero
local nan = zero/zero
print(inf) -- expect: inf
print(-inf) -- expect: -inf
print(-1/zero) -- expect: -inf
print(nan) -- expect: -nan
print(-nan) -- expect: nan
print(nan == nan) -- expect: false
print(nan ~= nan) -- expect: true
print(inf == inf) -- expect: true
print(inf > 1e308) -- expect: true
print(1e308 * 10) -- expect: inf

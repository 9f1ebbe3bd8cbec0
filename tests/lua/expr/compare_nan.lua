-- NaN is unequal to everything, including itself.
local z = 0
local nan = z / z
print(nan == nan) -- expect: false
print(nan < nan, nan <= nan) -- expect: false	false
print(nan > 0, nan < 0) -- expect: false	false
print(not (nan >= 1)) -- expect: true
local t = {nan}
print(t[1] == t[1]) -- expect: false
print(rawequal(nan, nan)) -- expect: false

-- os.time from a table (round trip through os.date, local time)
print(type(os.time()))
local t = os.time({year = 2020, month = 2, day = 29, hour = 10, min = 30, sec = 15})
local d = os.date("*t", t)
print(d.year, d.month, d.day, d.hour, d.min, d.sec)
local noon = os.time({year = 2021, month = 7, day = 4})
print(os.date("%H:%M:%S", noon))
local norm = os.time({year = 2021, month = 1, day = 32, hour = 0})
print(os.date("%Y-%m-%d", norm))
print(os.time({year = 2000, month = 1, day = 2}) - os.time({year = 2000, month = 1, day = 1}))
print(pcall(os.time, {year = 2000, month = 1}))
print(pcall(os.time, {year = 2000, day = 1}))
print(pcall(os.time, {month = 1, day = 1}))
print(pcall(os.time, 5))

-- (expected output, from lua5.1)
-- expect: number
-- expect: 2020	2	29	10	30	15
-- expect: 12:00:00
-- expect: 2021-02-01
-- expect: 86400
-- expect: false	field 'day' missing in date table
-- expect: false	field 'month' missing in date table
-- expect: false	field 'year' missing in date table
-- expect: false	bad argument #1 to '?' (table expected, got number)

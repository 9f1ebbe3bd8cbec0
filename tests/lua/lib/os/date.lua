-- os.date with fixed times in UTC ("!" prefix) and "*t"
local t = 86400 * 365 + 3600 * 5 + 60 * 7 + 9
print(os.date("!%Y-%m-%d %H:%M:%S", t))
print(os.date("!%c", 0))
print(os.date("!%A %B %j %p %y %%", 0))
print(os.date("!literal text", 0))
print(os.date("!trailing %", 0))
local d = os.date("!*t", t)
print(d.year, d.month, d.day, d.hour, d.min, d.sec, d.wday, d.yday, d.isdst)
local e = os.date("!*t", 1234567890)
print(e.year, e.month, e.day, e.hour, e.min, e.sec, e.wday, e.yday)
print(type(os.date()), type(os.date("*t").year))
print(os.date("!%H", 3600 * 13))
print(pcall(os.date, {}))
print(pcall(os.date, "%Y", "x"))

-- (expected output, from lua5.1)
-- expect: 1971-01-01 05:07:09
-- expect: Thu Jan  1 00:00:00 1970
-- expect: Thursday January 001 AM 70 %
-- expect: literal text
-- expect: trailing %
-- expect: 1971	1	1	5	7	9	6	1	false
-- expect: 2009	2	13	23	31	30	6	44
-- expect: string	number
-- expect: 13
-- expect: false	bad argument #1 to '?' (string expected, got table)
-- expect: false	bad argument #2 to '?' (number expected, got string)

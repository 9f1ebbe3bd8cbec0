-- next iterates a table
print(next({})) -- expect: nil
local k, v = next({5})
print(k, v) -- expect: 1	5
local t = {a = 1}
print(next(t)) -- expect: a	1
print(next(t, "a")) -- expect: nil
print(pcall(next)) -- expect: false	bad argument #1 to '?' (table expected, got no value)
print(pcall(next, {}, "nokey")) -- expect: false	invalid key to 'next'
print(select('#', next({}))) -- expect: 1

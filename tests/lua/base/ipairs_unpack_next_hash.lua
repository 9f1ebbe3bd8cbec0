-- ipairs, unpack and next on tables whose integer keys live in the hash part (built
-- backwards or sparse), with float indices, and next's errors
local t = {}
for i = 6, 1, -1 do t[i] = i * 10 end
local seen = {}
for i, v in ipairs(t) do seen[#seen + 1] = i .. ":" .. v end
print(table.concat(seen, " "))
print(unpack(t, 2, 4))
print(unpack(t, 5, 8))
print(select("#", unpack(t, -1, 1)), unpack(t, 0, 1))
local it, s, c = ipairs(t)
print(it(s, 2.7), it(s, 6), it(s, -1))
print(pcall(it, s, "x"))
local k, v = next(t)
local n = 0
while k do n = n + v; k, v = next(t, k) end
print(n, next({}), next({}, nil))
print(pcall(next, {}, "nokey"))
print(pcall(next, {1, 2}, 3))
print(select("#", next({})))

-- (expected output, from lua5.1)
-- expect: 1:10 2:20 3:30 4:40 5:50 6:60
-- expect: 20	30	40
-- expect: 50	60	nil	nil
-- expect: 3	nil	10
-- expect: 3	nil
-- expect: false	bad argument #2 to '?' (number expected, got string)
-- expect: 210	nil	nil
-- expect: false	invalid key to 'next'
-- expect: false	invalid key to 'next'
-- expect: 1

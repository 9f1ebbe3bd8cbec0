-- os.difftime and os.clock
print(os.difftime(10, 4), os.difftime(5), os.difftime(0, 3))
local c = os.clock()
print(type(c), c >= 0)
local x = 0
for i = 1, 100000 do x = x + i end
print(os.clock() >= c)
print(pcall(os.difftime))

-- (expected output, from lua5.1)
-- expect: 6	5	-3
-- expect: number	true
-- expect: true
-- expect: false	bad argument #1 to '?' (number expected, got no value)

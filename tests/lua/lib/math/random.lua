-- random ranges and argument checks (values themselves are libc-dependent)
math.randomseed(42)
local ok = true
for i = 1, 1000 do
  local r = math.random()
  if r < 0 or r >= 1 then ok = false end
  local a = math.random(10)
  if a < 1 or a > 10 or a ~= math.floor(a) then ok = false end
  local b = math.random(-5, 5)
  if b < -5 or b > 5 or b ~= math.floor(b) then ok = false end
end
print(ok)
print(math.random(1, 1), math.random(1))
math.randomseed(7)
local s1 = {math.random(100), math.random(100), math.random(100)}
math.randomseed(7)
local s2 = {math.random(100), math.random(100), math.random(100)}
print(s1[1] == s2[1] and s1[2] == s2[2] and s1[3] == s2[3])
print(pcall(math.random, 0))
print(pcall(math.random, 5, 1))
print(pcall(math.random, 1, 2, 3))
print(pcall(math.random, "x"))
print(pcall(math.randomseed))

-- (expected output, from lua5.1)
-- expect: true
-- expect: 1	1
-- expect: true
-- expect: false	bad argument #1 to '?' (interval is empty)
-- expect: false	bad argument #2 to '?' (interval is empty)
-- expect: false	wrong number of arguments
-- expect: false	bad argument #1 to '?' (number expected, got string)
-- expect: false	bad argument #1 to '?' (number expected, got no value)

-- string.rep, including zero/negative counts and huge sizes
print(string.rep("ab", 3))
print("[" .. string.rep("x", 0) .. "]")
print("[" .. string.rep("x", -5) .. "]")
print("[" .. string.rep("", 1000) .. "]")
print(#string.rep("abc", 1000))
print(("-"):rep(10))
print(pcall(string.rep, "x"))
print(pcall(string.rep))
-- a result too large to allocate must fail cleanly (or not at all), never crash
local ok = pcall(string.rep, "abcdefgh", 2^40)
print("survived")

-- (expected output, from lua5.1)
-- expect: ababab
-- expect: []
-- expect: []
-- expect: []
-- expect: 3000
-- expect: ----------
-- expect: false	bad argument #2 to '?' (number expected, got no value)
-- expect: false	bad argument #1 to '?' (string expected, got no value)
-- expect: survived

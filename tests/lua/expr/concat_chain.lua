-- Long concatenation chains and concat of many pieces.
local a, b, c, d = "a", "b", "c", "d"
print(a .. b .. c .. d) -- expect: abcd
print(a .. 1 .. b .. 2 .. c .. 3) -- expect: a1b2c3
local s = ""
for i = 1, 10 do s = s .. i end
print(s) -- expect: 12345678910
print(#s) -- expect: 11
print("" .. "" .. "") -- expect:
print(("a" .. "b") .. ("c" .. "d")) -- expect: abcd

-- pathological patterns must end with a result or an error, never a crash
local s = string.rep("a", 1000)
print(#string.match(s, ".-$"))
print(#string.match(s, "a*a*a*a*"))
print(string.find(s, "b"))
-- long runs of plain items and single quantifiers are fine
print(#string.match(s, string.rep("a", 500)))
print(string.find(string.rep("ab", 300), "(ab)%1$"))

-- (expected output, from lua5.1)
-- expect: 1000
-- expect: 1000
-- expect: nil
-- expect: 500
-- expect: 597	600	ab

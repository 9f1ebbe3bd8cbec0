-- gmatch (and its 5.1 alias gfind)
for w in string.gmatch("one two three", "%a+") do io.write(w, ";") end
print()
for k, v in string.gmatch("a=1, b=2, c=3", "(%w+)=(%w+)") do io.write(" ", k, "->", v) end
print()
for p in string.gmatch("abc", "()") do io.write(" ", p) end
print()
for w in string.gmatch("abc", "") do io.write("[", w, "]") end
print()
for w in string.gfind("x y z", "%a") do io.write(w) end
print()
-- '^' is not an anchor in gmatch (5.1)
local n = 0
for w in string.gmatch("^a^a", "^a") do n = n + 1 end
print(n)
local it = string.gmatch("ab", ".")
print(it(), it(), it())
print(pcall(string.gmatch, "x"))
print(string.gfind == string.gmatch)

-- (expected output, from lua5.1)
-- expect: one;two;three;
-- expect:  a->1 b->2 c->3
-- expect:  1 2 3 4
-- expect: [][][][]
-- expect: xyz
-- expect: 2
-- expect: a	b
-- expect: false	bad argument #2 to '?' (string expected, got no value)
-- expect: true

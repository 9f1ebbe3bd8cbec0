-- greedy and lazy repetitions followed by a literal (possibly after closing
-- captures) skip the positions where that literal is absent; results and
-- captures must be those of trying every position
print(("1.22.333.4444"):match("(%d+)%.(%d+)"), ("1.22.333.4444"):match("(%d+)%.(%d+)$"))
print(("aaab"):find("a*b"), ("aaa"):find("a*b"), ("baaa"):find("a*a"), ("xaaay"):match("(a*)y"))
print(("key = value ; other = x"):match("(%w+)%s*=%s*(.-)%s*;"))
print(("[[a]] [[b]]"):match("%[%[(.-)%]%]"), ("[[a]] [[b]]"):match("%[%[(.*)%]%]"))
print(("f(a(b)c)d)"):match("%((.*)%)"), ("f(a(b)c)d)"):match("%((.-)%)"))
print(("abcabcabd"):match("(.*)ab"), ("abcabcabd"):match("(.-)ab"), ("abcabcabd"):match(".-(ab)d"))
print(("x.y.z"):match("(.*)%.(.*)"), ("x.y.z"):match("(.-)%.(.*)"), ("x.y.z"):match("^(.-)%.$"))
print(("a$b$"):match("(.*)%$"), ("a$b$"):match("(.-)$"), ("a$b$c"):match("(.*)$c"))
print(("ab++cd+"):match("(.*)+"), ("ab++cd+"):match("([^+]*)++(.*)"))
print(("aaa"):match("(a-)()a"), ("aaa"):match("((a-))a$"), ("xyz"):match("(.-)z"))
print(("one two  three"):gsub("(%w+)%s+", "%1|"))
local t = {}
for k, v in ("a=1, bb=22, ccc=333"):gmatch("(%a+)=(%d+)") do t[#t + 1] = k .. ":" .. v end
print(table.concat(t, " "))
print(("2024-01-02 10.0.0.1 x 192.168.1.254"):gsub("(%d+)%.(%d+)%.(%d+)%.(%d+)", "<%4.%3.%2.%1>"))
print(pcall(string.match, "aab", "a*%"))
print(pcall(string.match, "aab", "a*)b"))
print(pcall(string.match, "aab", "(a*)b)"))
print(pcall(string.match, "aab", "(a*)c)"))

-- (expected output, from lua5.1)
-- expect: 1	333	4444
-- expect: 1	nil	2	aaa
-- expect: key	value
-- expect: a	a]] [[b
-- expect: a(b)c)d	a(b
-- expect: abcabc		ab
-- expect: x.y	x	nil
-- expect: a$b	a$b$	a$b
-- expect: ab++cd	ab	cd+
-- expect: 	aa	xy
-- expect: one|two|three	2
-- expect: a:1 bb:22 ccc:333
-- expect: 2024-01-02 <1.0.0.10> x <254.1.168.192>	2
-- expect: false	malformed pattern (ends with '%')
-- expect: false	invalid pattern capture
-- expect: false	invalid pattern capture
-- expect: true	nil

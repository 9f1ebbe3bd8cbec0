-- find/match/gmatch/gsub jump between the places where the pattern's first
-- item can match; errors that 5.1 raises only when the matcher reaches a bad
-- item must stay exactly as lazy
local text = "alpha 12.5 [beta] x=1,y=22; (gamma) 3.14.15 delta\0epsilon zeta"
local function show(s, n) return (s:gsub("%z", "\\0")), n end
print(text:find("%["), text:find("y=(%d+)"), text:find("[%]]"))
print(text:match("(%a+)%]"), text:match("%((%a+)%)"), text:match("()%d+"))
local t = {}
for w in text:gmatch("%a+") do t[#t + 1] = w end
print(table.concat(t, ","))
t = {}
for k, v in text:gmatch("(%a)=(%d+)") do t[#t + 1] = k .. v end
print(table.concat(t, ","))
t = {}
for a in text:gmatch("[%d.]+") do t[#t + 1] = a end
print(table.concat(t, ","))
t = {}
for a, b in text:gmatch("((%d)%d*)") do t[#t + 1] = a .. "/" .. b end
print(table.concat(t, ","))
print(show(text:gsub("%a+", string.upper)))
print(show(text:gsub("[aeiou]", "<%0>", 5)))
print(show(text:gsub("%s", "_")))
print(show(text:gsub("e+", "E")))
print(show(text:gsub("%.%d", "#")))
print(text:gsub("%z", "<zero>"))
print(("aaa"):gsub("b*", "-"), ("abc"):gsub("", "/"), ("abc"):gsub("x+", "/"))
print(string.rep("ab", 40):gsub("[^a]", "."):sub(1, 12), select(2, string.rep("ab", 40):gsub("b", "")))
-- a '^' is literal in gmatch
t = {}
for a in ("^a^b"):gmatch("^%a") do t[#t + 1] = a end
print(table.concat(t, ","))
-- errors the matcher reaches only when the first item matches somewhere
print(pcall(string.find, "abc", "x["))
print(pcall(string.find, "abx", "x["))
print(pcall(string.find, "abc", "[x"))
print(pcall(string.find, "abc", "%"))
print(pcall(string.gsub, "abc", "x%", ""))
print(pcall(string.gsub, "abx", "x%", ""))
print(pcall(string.find, "abc", "x%f"))
print(pcall(string.find, "abc", string.rep("(", 33) .. "x"))
print(pcall(string.find, "abc", string.rep("(", 31) .. "x"))
print(pcall(string.find, "abc", "x)"))
print(pcall(string.find, "abx", "x)"))
print(pcall(string.gmatch("abc", "[a")))
print(pcall(string.gmatch("bcd", "a[")))

-- (expected output, from lua5.1)
-- expect: 12	23	17	17
-- expect: beta	gamma	7
-- expect: alpha,beta,x,y,gamma,delta,epsilon,zeta
-- expect: x1,y22
-- expect: 12.5,1,22,3.14.15
-- expect: 12/1,5/5,1/1,22/2,3/3,14/1,15/1
-- expect: ALPHA 12.5 [BETA] X=1,Y=22; (GAMMA) 3.14.15 DELTA\0EPSILON ZETA	8
-- expect: <a>lph<a> 12.5 [b<e>t<a>] x=1,y=22; (g<a>mma) 3.14.15 delta\0epsilon zeta	5
-- expect: alpha_12.5_[beta]_x=1,y=22;_(gamma)_3.14.15_delta\0epsilon_zeta	7
-- expect: alpha 12.5 [bEta] x=1,y=22; (gamma) 3.14.15 dElta\0Epsilon zEta	4
-- expect: alpha 12# [beta] x=1,y=22; (gamma) 3#4#5 delta\0epsilon zeta	3
-- expect: alpha 12.5 [beta] x=1,y=22; (gamma) 3.14.15 delta<zero>epsilon zeta	1
-- expect: -a-a-a-	/a/b/c/	abc	0
-- expect: a.a.a.a.a.a.	40
-- expect: ^a,^b
-- expect: true	nil
-- expect: false	malformed pattern (missing ']')
-- expect: false	malformed pattern (missing ']')
-- expect: false	malformed pattern (ends with '%')
-- expect: true	abc	0
-- expect: false	malformed pattern (ends with '%')
-- expect: true	nil
-- expect: false	too many captures
-- expect: true	nil
-- expect: true	nil
-- expect: true	nil
-- expect: false	malformed pattern (missing ']')
-- expect: true

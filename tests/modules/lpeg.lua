-- LPeg (Debian package lua-lpeg), loaded from the default package.cpath: patterns,
-- captures, grammars, and error reporting.
-- requires: lpeg
local lpeg = require "lpeg"
local P, R, S, V, C, Ct, Cc, Cs, Cf, Cg, Cb, Cp, Cmt =
  lpeg.P, lpeg.R, lpeg.S, lpeg.V, lpeg.C, lpeg.Ct, lpeg.Cc, lpeg.Cs, lpeg.Cf, lpeg.Cg, lpeg.Cb, lpeg.Cp, lpeg.Cmt
print(type(lpeg), lpeg.type(P"a"), lpeg.type("a"), package.loaded.lpeg == lpeg)  -- expect: table	pattern	nil	true
print(lpeg.version())  -- expect: 1.0.2

-- Basic matching: the result is the position after the match.
print(P"abc":match("abcdef"), P"abc":match("xabc"), P(3):match("ab"), P(-1):match(""))  -- expect: 4	nil	nil	1
print((P"a"^1):match("aaab"), (P"a"^-2):match("aaa"), (R"az"^0 * -1):match("hello"))  -- expect: 4	3	6
print((S"+-" ^ -1 * R"09" ^ 1):match("-123x"), (P"x" + P"y"):match("y"), (1 - P"b"):match("b"))  -- expect: 5	2	nil
print(P"b":match("abc", 2), P"c":match("abc", -1))  -- expect: 3	4

-- Captures.
local digit = R"09"
local number = C(S"+-"^-1 * digit^1) / tonumber
local list = Ct(number * ("," * number)^0)
local t = list:match("10,-2,+30,4")
print(#t, t[1], t[2], t[3], t[4])  -- expect: 4	10	-2	30	4
print(C(P"a"^1):match("aaab"), Cp():match("xyz"), (P"x" * Cp()):match("xyz"))  -- expect: aaa	1	2
print((Cc("const", 2) * P"a"):match("a"))  -- expect: const	2
print(Cs((P"cat" / "dog" + 1)^0):match("a cat and another cat"))  -- expect: a dog and another dog
local sum = Cf(number * ("+" * number)^0, function(a, b) return a + b end)
print(sum:match("1+2+3+4"))  -- expect: 10
local kv = Cf(Ct"" * Cg(C(R"az"^1) * "=" * C(R"az"^1) * P";"^-1)^0, rawset)
local conf = kv:match("a=x;b=y;c=z")
print(conf.a, conf.b, conf.c)  -- expect: x	y	z
print((Cg(C"a", "tag") * Cb"tag" * Cb"tag"):match("a"))  -- expect: a	a
local even = Cmt(C(digit^1), function(s, i, d) if tonumber(d) % 2 == 0 then return i, "even" end end)
print(even:match("42"), even:match("43"))  -- expect: even	nil
print((C(P"a") * C(P"b") / function(a, b) return b .. a end):match("ab"))  -- expect: ba
print(Ct(C(1)^0):match("héllo") and #Ct(C(1)^0):match("héllo"))  -- expect: 6

-- Split, a classic.
local function split(s, sep)
  sep = P(sep)
  local elem = C((1 - sep)^0)
  return lpeg.match(Ct(elem * (sep * elem)^0), s)
end
local parts = split("a,b,,c", ",")
print(#parts, table.concat(parts, "|"))  -- expect: 4	a|b||c
parts = split("one::two::three", "::")
print(#parts, parts[3])  -- expect: 3	three

-- A grammar: arithmetic expressions evaluated through captures.
local function eval(op, a, b)
  if op == "+" then return a + b elseif op == "-" then return a - b
  elseif op == "*" then return a * b else return a / b end
end
local function fold(t)
  local acc = t[1]
  for i = 2, #t, 2 do acc = eval(t[i], acc, t[i + 1]) end
  return acc
end
local space = S" \t"^0
local num = C(digit^1 * ("." * digit^1)^-1) / tonumber * space
local addop = C(S"+-") * space
local mulop = C(S"*/") * space
local open, close = "(" * space, ")" * space
local calc = P{
  "Exp",
  Exp = Ct(V"Term" * (addop * V"Term")^0) / fold,
  Term = Ct(V"Factor" * (mulop * V"Factor")^0) / fold,
  Factor = num + open * V"Exp" * close,
}
calc = space * calc * -1
print(calc:match("1 + 2 * 3"), calc:match("(1 + 2) * 3"), calc:match("2 * (3 + 4) - 10 / 4"))  -- expect: 7	9	11.5
print(calc:match("1 +"), calc:match("((2))"))  -- expect: nil	2

-- Balanced parentheses, and matching with a large subject.
local bal = P{ "(" * ((1 - S"()") + V(1))^0 * ")" }
print(bal:match("(a(b)(c(d)))rest"), bal:match("(unclosed"))  -- expect: 13	nil
local words = Ct((C(R"az"^1) + 1)^0)
local text = string.rep("lorem ipsum dolor ", 5000)
print(#words:match(text))  -- expect: 15000

-- Locale classes.
local l = lpeg.locale()
print((l.alpha^1):match("abc1"), (l.digit^1):match("123a"), (l.space^1):match(" \t\nx"))  -- expect: 4	4	4

-- Errors.
print(pcall(lpeg.P, {}))  -- expect: false	grammar has no initial rule
print(pcall(lpeg.P, {"A", A = V"B"}))  -- expect: false	rule 'B' undefined in given grammar
print(pcall(lpeg.P, {"A", A = V"A" * "x"}))  -- expect: false	rule 'A' may be left recursive
print(pcall(lpeg.R, "abc"))  -- expect: false	bad argument #1 to '?' (range must have two characters)
print(lpeg.match(1, "x"), lpeg.match(true, "x"))  -- expect: 2	1
print(select("#", pcall(function() return P"a" * {} end)))  -- expect: 2

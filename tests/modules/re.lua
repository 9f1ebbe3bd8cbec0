-- LPeg's `re` module (a Lua file on the default package.path, on top of the lpeg C module):
-- regex-like syntax, grammars, captures, find/gsub, and syntax errors.
-- requires: re
-- requires: lpeg
local re = require "re"
print(type(re), type(re.compile), package.loaded.re == re)  -- expect: table	function	true

-- match, find, gsub.
print(re.match("hello world", "{%a+} ' ' {%a+}"))  -- expect: hello	world
print(re.match("2024-01-15", "{%d+} '-' {%d+} '-' {%d+}"))  -- expect: 2024	01	15
print(re.find("the number 42 is here", "[0-9]+"))  -- expect: 12	13
print(re.find("no digits", "[0-9]+"))  -- expect: nil
print(re.gsub("hello world", "[aeiou]", "<%0>"))  -- expect: h<e>ll<o> w<o>rld
print(re.gsub("a,b,,c", "','", ";"))  -- expect: a;b;;c
print(re.match("abc", "'a' {'b'} 'c' !."), re.match("abcd", "'a' {'b'} 'c' !."))  -- expect: b	nil

-- Table and function captures, named groups, back references.
local t = re.match("k1=v1, k2=v2", "{| ({%w+} '=' {%w+} (', ' / !.))* |}")
print(#t, t[1], t[2], t[3], t[4])  -- expect: 4	k1	v1	k2	v2
local ok, err = pcall(re.compile, "%d+ -> tonumber")
print(ok, err:match("undefined name: tonumber$"))  -- expect: false	undefined name: tonumber
print(re.compile("{.} -> upper", {upper = string.upper}):match("abc"))  -- expect: A
print(re.compile("{%d+} -> tn", {tn = tonumber}):match("42") + 1)  -- expect: 43
print(re.match("aXa", "{:q: . :} (!=q .)* =q"))  -- expect: 4
print(re.match("x", "{~ 'x' -> 'y' ~}"))  -- expect: y

-- A grammar: a tiny JSON-ish list parser building nested tables.
local list = re.compile([[
  value  <- S (list / number / word) S
  list   <- {| '[' S (value (',' value)*)? ']' |}
  number <- { '-'? [0-9]+ } -> tonumber
  word   <- { [a-z]+ }
  S      <- %s*
]], {tonumber = tonumber})
local v = list:match("[1, [2, x], [], -3]")
print(type(v), #v, v[1], type(v[2]), v[2][1], v[2][2], #v[3], v[4])  -- expect: table	4	1	table	2	x	0	-3
print(list:match("[1, 2"), list:match("[[[[[deep]]]]]")[1][1][1][1][1])  -- expect: nil	deep

-- Arithmetic with a grammar and fold captures.
local function fold(t)
  local acc = t[1]
  for i = 2, #t, 2 do
    local op, b = t[i], t[i + 1]
    if op == "+" then acc = acc + b elseif op == "-" then acc = acc - b
    elseif op == "*" then acc = acc * b else acc = acc / b end
  end
  return acc
end
local calc = re.compile([[
  exp    <- S sum !.
  sum    <- {| prod (addop prod)* |} -> fold
  prod   <- {| atom (mulop atom)* |} -> fold
  atom   <- (num / '(' S sum ')') S
  num    <- { [0-9]+ } -> tonumber S
  addop  <- { [+-] } S
  mulop  <- { [*/] } S
  S      <- ' '*
]], {tonumber = tonumber, fold = fold})
print(calc:match("1 + 2 * 3"), calc:match("(1 + 2) * 3"), calc:match("2 * (3 + 4) - 10 / 4"), calc:match("1 +"))  -- expect: 7	9	11.5	nil

-- Predefined classes and sets.
print(re.find("  tab\there", "%s+"), re.match("ABC", "[A-Z]+"), re.match("_x1 ", "[_%a][_%w]*"))  -- expect: 1	4	4
print(re.match("\n", "%nl"), re.match("a", "[^abc]"))  -- expect: 2	nil

-- Syntax errors in patterns are reported.
print(pcall(re.compile, "'unclosed"))  -- expect: false	pattern error near ''unclosed'
print(pcall(re.compile, "a <- b"))  -- expect: false	rule 'b' undefined in given grammar
print(select("#", pcall(re.compile, "[")))  -- expect: 2

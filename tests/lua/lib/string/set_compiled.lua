-- sets scanned by the compiled form (first item of a search, repeated items): literals,
-- ranges (also empty and high bytes), classes and their complements, %z/%Z, escapes, negation
local subj = "ab c\t9Z_%]-^\0\1\200\255.zA"
local pats = {"[%a_]+", "[^%a_]+", "[a-c%d]+", "[%s%p]", "[^%s%p]+", "[%z]", "[%Z]+", "[\200-\255]+",
  "[z-a]", "[%]%-]+", "[a-]+", "[]a]+", "[%^%%]+", "[^%c]+", "[%c\"\\]", "[%W%d]+", "[%u%l]+$",
  "[x%x]*", "[^ \t\r\n]", "[%A%D]+"}
for i, p in ipairs(pats) do
  local a, b = string.find(subj, p)
  local g, n = string.gsub(subj, p, "<%0>")
  local list = {}
  for m in string.gmatch(subj, p) do list[#list + 1] = string.format("%q", m) end
  print(i, a, b, n, string.format("%q", g), table.concat(list, ",") .. "|")
end
print(string.find("   x", "[^ \t\r\n]"), string.find("abc\"def", '["\\]', 2))
print(pcall(string.find, "abc", "[a"))

-- (expected output, from lua5.1)
-- expect: 1	1	2	4	"<ab> <c>	9<Z_>%]-^\000Èÿ.<zA>"	"ab","c","Z_","zA"|
-- expect: 2	3	3	3	"ab< >c<	9>Z_<%]-^\000Èÿ.>zA"	" ","	9","%]-^\000Èÿ."|
-- expect: 3	1	2	3	"<ab> <c>	<9>Z_%]-^\000Èÿ.zA"	"ab","c","9"|
-- expect: 4	3	3	8	"ab< >c<	>9Z<_><%><]><-><^>\000Èÿ<.>zA"	" ","	","_","%","]","-","^","."|
-- expect: 5	1	2	5	"<ab> <c>	<9Z>_%]-^<\000Èÿ>.<zA>"	"ab","c","9Z","\000Èÿ","zA"|
-- expect: 6	13	13	1	"ab c	9Z_%]-^<\000>Èÿ.zA"	"\000"|
-- expect: 7	1	12	2	"<ab c	9Z_%]-^>\000<Èÿ.zA>"	"ab c	9Z_%]-^","Èÿ.zA"|
-- expect: 8	15	16	1	"ab c	9Z_%]-^\000<Èÿ>.zA"	"Èÿ"|
-- expect: 9	nil	nil	0	"ab c	9Z_%]-^\000Èÿ.zA"	|
-- expect: 10	10	11	1	"ab c	9Z_%<]->^\000Èÿ.zA"	"]-"|
-- expect: 11	1	1	2	"<a>b c	9Z_%]<->^\000Èÿ.zA"	"a","-"|
-- expect: 12	1	1	2	"<a>b c	9Z_%<]>-^\000Èÿ.zA"	"a","]"|
-- expect: 13	9	9	2	"ab c	9Z_<%>]-<^>\000Èÿ.zA"	"%","^"|
-- expect: 14	1	4	3	"<ab c>	<9Z_%]-^>\000<Èÿ.zA>"	"ab c","9Z_%]-^","Èÿ.zA"|
-- expect: 15	5	5	3	"ab c<	>9Z_%]-^<\000><>Èÿ.zA"	"	","\000",""|
-- expect: 16	3	3	3	"ab< >c<	9>Z<_%]-^\000Èÿ.>zA"	" ","	9","_%]-^\000Èÿ."|
-- expect: 17	18	19	1	"ab c	9Z_%]-^\000Èÿ.<zA>"	"zA"|
-- expect: 18	1	2	19	"<ab><> <c><>	<9><>Z<>_<>%<>]<>-<>^<>\000<><>È<>ÿ<>.<>z<A><>"	"ab","","c","","9","","","","","","","","","","","","","A",""|
-- expect: 19	1	1	17	"<a><b> <c>	<9><Z><_><%><]><-><^><\000><><È><ÿ><.><z><A>"	"a","b","c","9","Z","_","%","]","-","^","\000","","È","ÿ",".","z","A"|
-- expect: 20	1	19	1	"<ab c	9Z_%]-^\000Èÿ.zA>"	"ab c	9Z_%]-^\000Èÿ.zA"|
-- expect: 4	4	4
-- expect: false	malformed pattern (missing ']')

-- character classes and their complements
local all = {}
for i = 0, 255 do all[#all + 1] = string.char(i) end
all = table.concat(all)
for _, c in ipairs({"a", "c", "d", "l", "p", "s", "u", "w", "x", "z"}) do
  local _, n1 = string.gsub(all, "%" .. c, "")
  local _, n2 = string.gsub(all, "%" .. c:upper(), "")
  print(c, n1, n2)
end
print(string.gsub("a1 B2_c3!", "%w", "."))
print(string.gsub("a1 B2_c3!", "%W", "."))
print(string.gsub("tab\there", "%s", "_"))
print(string.gsub("0x1F zz", "%x", "#"))
print(string.gsub("a.b.c", "%.", "/"))
print(string.gsub("50% off", "%%", " percent"))
print(string.find("a\0b", "%z"))
print(string.gsub("abc", ".", "<%0>"))

-- (expected output, from lua5.1)
-- expect: a	52	204
-- expect: c	33	223
-- expect: d	10	246
-- expect: l	26	230
-- expect: p	32	224
-- expect: s	6	250
-- expect: u	26	230
-- expect: w	62	194
-- expect: x	22	234
-- expect: z	1	255
-- expect: .. .._..!	6
-- expect: a1.B2.c3.	3
-- expect: tab_here	1
-- expect: #x## zz	3
-- expect: a/b/c	2
-- expect: 50 percent off	1
-- expect: 2	2
-- expect: <a><b><c>	3

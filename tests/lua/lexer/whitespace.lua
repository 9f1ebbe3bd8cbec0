-- Tabs, newlines and form feeds separate tokens; statements may share a line.
local	a	=	1
local b =
2
print(a
+
b) -- expect: 3
local c = 4 local d = 5 print(c + d) -- expect: 9
local e = 1; local f = 2; print(e + f); -- expect: 3
print(loadstring("return\f1")()) -- expect: 1

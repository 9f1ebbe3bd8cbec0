-- A real pure-Lua library: Debian's lua-penlight (installed by .ci/run).
-- requires: pl.utils
local stringx = require "pl.stringx"
local tablex = require "pl.tablex"
local List = require "pl.List"
local pretty = require "pl.pretty"
local utils = require "pl.utils"
local path = require "pl.path"
local template = require "pl.template"

print(stringx.strip("  hi there  "), stringx.startswith("hello", "he"), stringx.endswith("hello", "lo")) -- expect: hi there	true	true
print(table.concat(stringx.split("a,b,,c", ","), "|"), stringx.count("banana", "an")) -- expect: a|b||c	2
print(stringx.replace("one two one", "one", "1"), stringx.center("x", 5, "*"), stringx.rjust("7", 3, "0")) -- expect: 1 two 1	**x**	007
print(tablex.size({a = 1, b = 2, 3}), tablex.deepcompare({1, {2, 3}}, {1, {2, 3}})) -- expect: 3	true
print(table.concat(tablex.map(function(x) return x * x end, {1, 2, 3}), ","), tablex.reduce("+", {1, 2, 3, 4})) -- expect: 1,4,9	10
local keys = tablex.keys({x = 1, y = 2}); table.sort(keys)
print(table.concat(keys, ","), tablex.find({5, 6, 7}, 7)) -- expect: x,y	3
local l = List({3, 1, 2})
l:append(0); l:sort()
print(tostring(l), l:len(), l:contains(2), l:index(3)) -- expect: {0,1,2,3}	4	true	4
print(tostring(List.range(1, 5):map(function(x) return x * 10 end):slice(2, 3))) -- expect: {20,30}
print(pretty.write({1, 2, "x"}, "")) -- expect: {1,2,"x"}
print(pretty.write({a = {b = true}}, "")) -- expect: {a={b=true}}
local t = pretty.read("{1, 2, name = 'z'}")
print(t[2], t.name) -- expect: 2	z
print(utils.quote_arg("a b"), select("#", utils.splitv("a b c")), utils.choose(false, "y", "n")) -- expect: 'a b'	3	n
print(utils.split("x;y;z", ";")[3], utils.escape("a.b")) -- expect: z	a%.b
print(path.basename("/usr/share/lua/5.1/pl/List.lua"), path.extension("file.tar.gz"), path.join("a", "b", "c.lua")) -- expect: List.lua	.gz	a/b/c.lua
print(path.dirname("/a/b/c"), path.isabs("/x"), path.normpath("/a/./b/../c")) -- expect: /a/b	true	/a/c
print(path.exists("tests/lua/lib/penlight/penlight.lua") ~= false, path.isdir("tests/lua/lib")) -- expect: true	true
print((template.substitute("Hello $(name), $(1 + 2)!", {name = "Lua"}))) -- expect: Hello Lua, 3!
print("[" .. template.substitute("# for i = 1, 3 do\n$(i) \n# end\n", {}):gsub("\n", "") .. "]") -- expect: [1 2 3 ]

-- module(), package.seeall and the _NAME/_M/_PACKAGE fields
local dir = "tests/lua/lib/package/data/"
package.path = dir .. "?.txt"

local m = require("oldstyle")
print(m == oldstyle, m.hello(), m._NAME, m._PACKAGE == "", m._M == m)
print(m.local_var_check, local_var_check)

package.path = dir .. "?.txt"
package.preload["a.b.c"] = function(...) return loadfile(dir .. "deep_mod.txt")(...) end
local d = require("a.b.c")
print(d == a.b.c, d._NAME, d._PACKAGE, d.pkg())
print(getmetatable(d))

local t = {}
package.seeall(t)
print(getmetatable(t).__index == _G, t.print == print)
print(pcall(package.seeall, 1))
print(pcall(module))

-- module in a function body changes that function's environment
local function body()
    module("inline")
    x_in_inline = 5
end
body()
print(inline.x_in_inline, x_in_inline, inline._NAME)
a_number = 1
print(pcall(module, "a_number.sub"))

-- (expected output)
-- expect: true	hi from oldstyle	oldstyle	true	true
-- expect: true	nil
-- expect: true	a.b.c	a.b.	a.b.
-- expect: nil
-- expect: true	true
-- expect: false	bad argument #1 to '?' (table expected, got number)
-- expect: false	bad argument #1 to '?' (string expected, got no value)
-- expect: 5	nil	inline
-- expect: false	name conflict for module 'a_number.sub'

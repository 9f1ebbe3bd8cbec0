-- require: search paths, package.loaded protocol, loops, error messages
local dir = "tests/lua/lib/package/data/"
package.path = dir .. "?.txt;" .. dir .. "?/init.txt"
package.cpath = dir .. "?.so"

print(package.config == "/\n;\n?\n!\n-", type(package.loaded), type(package.preload))
print(#package.loaders, package.loaded._G == _G, package.loaded.string == string)
print(package.loaded.package == package, package.loaded.coroutine == coroutine)

local m = require("plain")
print(m.name, m.answer, require("plain") == m, package.loaded.plain == m)
print(require("noreturn"), side_effect_global, require("noreturn"), side_effect_global)
print(require("setsloaded"), package.loaded.setsloaded)
print(require("nested.leaf"), require("withinit"))

package.preload.pre = function(name, ...)
    print("preload called", name, select("#", ...))
    return {v = 1}
end
print(require("pre").v, require("pre") == package.loaded.pre)

print(pcall(require, "no.such.module"))
print(pcall(require, "loop_a"))
print(pcall(require, "loop_a"))
print(pcall(require, "syntaxerr"))
print(pcall(require, "rterr"))
print(pcall(require, "rterr"))
print(pcall(require))

-- custom loaders: strings accumulate into the message, others are skipped
local saved = package.loaders
package.loaders = {function(n) return "\n\tcustom " .. n end, function() return 42 end}
print(pcall(require, "zzz"))
package.loaders = {function(n) return function(...) return "loaded " .. ... end end}
print(require("zzz"))
package.loaders = nil
print(pcall(require, "yyy"))
package.loaders = saved

print(package.loadlib(dir .. "nonexistent.so", "luaopen_x"))

-- (expected output)
-- expect: true	table	table
-- expect: 4	true	true
-- expect: true	true
-- expect: plain	42	true	true
-- expect: true	1	true	1
-- expect: set by module	set by module
-- expect: nested:nested.leaf	init of withinit
-- expect: preload called	pre	0
-- expect: 1	true
-- expect: false	module 'no.such.module' not found:
-- expect: 	no field package.preload['no.such.module']
-- expect: 	no file 'tests/lua/lib/package/data/no/such/module.txt'
-- expect: 	no file 'tests/lua/lib/package/data/no/such/module/init.txt'
-- expect: 	no file 'tests/lua/lib/package/data/no/such/module.so'
-- expect: 	no file 'tests/lua/lib/package/data/no.so'
-- expect: false	tests/lua/lib/package/data/loop_b.txt:1: loop or previous error loading module 'loop_a'
-- expect: false	loop or previous error loading module 'loop_a'
-- expect: false	error loading module 'syntaxerr' from file 'tests/lua/lib/package/data/syntaxerr.txt':
-- expect: 	tests/lua/lib/package/data/syntaxerr.txt:1: unexpected symbol near '='
-- expect: false	tests/lua/lib/package/data/rterr.txt:1: failed while loading
-- expect: false	loop or previous error loading module 'rterr'
-- expect: false	bad argument #1 to '?' (string expected, got no value)
-- expect: false	module 'zzz' not found:
-- expect: 	custom zzz42
-- expect: loaded zzz
-- expect: false	'package.loaders' must be a table
-- expect: nil	tests/lua/lib/package/data/nonexistent.so: cannot open shared object file: No such file or directory	open

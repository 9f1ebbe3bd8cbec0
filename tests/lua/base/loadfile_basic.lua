-- loadfile compiles without running
from_data_file = "unset"
local f = loadfile("tests/lua/base/data/sets_global.txt")
print(type(f), from_data_file) -- expect: function	unset
f()
print(from_data_file) -- expect: set by data file
print(loadfile("tests/lua/base/data/bad_syntax.txt")) -- expect: nil	tests/lua/base/data/bad_syntax.txt:2: unexpected symbol near 'local'
print(loadfile("tests/lua/base/data/nope.txt")) -- expect: nil	cannot open tests/lua/base/data/nope.txt: No such file or directory
local g = loadfile("tests/lua/base/data/varargs.txt")
print(g("a", "b")) -- expect: 2	a	b

-- dofile propagates errors from the loaded file
print(pcall(dofile, "tests/lua/base/data/raises.txt")) -- expect: false	tests/lua/base/data/raises.txt:3: raised in data file
print(pcall(dofile, "tests/lua/base/data/bad_syntax.txt")) -- expect: false	tests/lua/base/data/bad_syntax.txt:2: unexpected symbol near 'local'
local ok, e = pcall(dofile, "tests/lua/base/data/does_not_exist.txt")
print(ok, e) -- expect: false	cannot open tests/lua/base/data/does_not_exist.txt: No such file or directory

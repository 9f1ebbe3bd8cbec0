-- explicit chunk names with = and @ prefixes
print(loadstring("x =", "=stdin")) -- expect: nil	stdin:1: unexpected symbol near '<eof>'
print(loadstring("x =", "@some/file.lua")) -- expect: nil	some/file.lua:1: unexpected symbol near '<eof>'
print(loadstring("x =", "plain name")) -- expect: nil	[string "plain name"]:1: unexpected symbol near '<eof>'
print(loadstring("x =", "=")) -- expect: nil	:1: unexpected symbol near '<eof>'
print(loadstring("x =", "")) -- expect: nil	[string ""]:1: unexpected symbol near '<eof>'
print(loadstring("x =", "@")) -- expect: nil	:1: unexpected symbol near '<eof>'

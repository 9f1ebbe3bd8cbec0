-- 5.4 attributes and other later syntax are rejected
print(loadstring("local a <const> = 1")) -- expect: nil	[string "local a <const> = 1"]:1: unexpected symbol near '<'
print(loadstring("local b <close> = nil")) -- expect: nil	[string "local b <close> = nil"]:1: unexpected symbol near '<'
print(loadstring("x = 1_000")) -- expect: nil	[string "x = 1_000"]:1: malformed number near '1_000'

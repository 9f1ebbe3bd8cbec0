-- control characters are reported as char(N)
print(loadstring("\1", "=c1")) -- expect: nil	c1:1: unexpected symbol near 'char(1)'
print(loadstring("x = 1 \2", "=c2")) -- expect: nil	c2:1: unexpected symbol near 'char(2)'
print(loadstring("\31", "=c31")) -- expect: nil	c31:1: unexpected symbol near 'char(31)'
print(loadstring("return \8", "=bs")) -- expect: nil	bs:1: unexpected symbol near 'char(8)'

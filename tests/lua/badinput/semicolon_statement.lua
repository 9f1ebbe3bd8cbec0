-- 5.1 has no empty statement: a lone ';' is a syntax error
print(loadstring(";", "=semi")) -- expect: nil	semi:1: unexpected symbol near ';'
print(loadstring("x = 1;;", "=semi2")) -- expect: nil	semi2:1: unexpected symbol near ';'
print(type(loadstring("x = 1; y = 2;"))) -- expect: function
print(loadstring("; x = 1", "=semi3")) -- expect: nil	semi3:1: unexpected symbol near ';'

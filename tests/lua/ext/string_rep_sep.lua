-- string.rep(s, n [, sep]) (LuaJIT, from Lua 5.2)
print(string.rep("a", 3, ","), ("ab"):rep(2, "--"), string.rep("x", 1, ","), string.rep("x", 0, ",") == "")
print(string.rep("", 3, ",") , string.rep("a", 3, ""), string.rep("a", -1, ",") == "", string.rep(1, 2, 3))
print(#string.rep("abc", 1000, "de"), pcall(string.rep, "a", 2, {}))

-- Expected output (produced by luajit 2.1):
-- expect: a,a,a	ab--ab	x	true
-- expect: ,,	aaa	true	131
-- expect: 4998	false	bad argument #3 to '?' (string expected, got table)

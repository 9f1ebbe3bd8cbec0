-- string.rep of an impossible size is a catchable error and the state goes on.
-- (expectations written by hand: PUC 5.1 truncates the count to an int, so 2^53 repeats
-- nothing there; here the count is taken whole.  A result merely bigger than the memory
-- limit is tested in tests/capi/memory_limit.c, string.rep("x", 2^40) included.)
print(pcall(string.rep, "x", 2^53)) -- expect: false	not enough memory
print(pcall(string.rep, "abc", 2^62)) -- expect: false	string size overflow
print(pcall(string.rep, "x", 1/0)) -- expect: false	not enough memory
print(select(2, pcall(string.rep, "x", -1/0)) == "", select(2, pcall(string.rep, "x", 0/0)) == "") -- expect: true	true
print(("ab"):rep(3), #string.rep("xyz", 1000)) -- expect: ababab	3000

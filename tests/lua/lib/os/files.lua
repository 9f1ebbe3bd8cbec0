-- os.tmpname, os.rename, os.remove and their error returns
local a = os.tmpname()
print(type(a), io.open(a) ~= nil)
local b = a .. ".renamed"
print(os.rename(a, b))
print(io.open(a) == nil)
print(os.remove(b))
print(os.remove(b) == nil, select(3, os.remove(b)))
print(select(2, os.remove("/nonexistent/x")), select(3, os.remove("/nonexistent/x")))
print(os.rename("/nonexistent/a", "/nonexistent/b"))
print(pcall(os.remove))
print(pcall(os.rename, "x"))
print(os.tmpname() ~= os.tmpname())

-- (expected output, from lua5.1)
-- expect: string	true
-- expect: true
-- expect: true
-- expect: true
-- expect: true	2
-- expect: /nonexistent/x: No such file or directory	2
-- expect: nil	/nonexistent/a: No such file or directory	2
-- expect: false	bad argument #1 to '?' (string expected, got no value)
-- expect: false	bad argument #2 to '?' (string expected, got no value)
-- expect: true

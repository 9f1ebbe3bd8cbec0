-- package.searchpath(name, path [, sep [, rep]]) (LuaJIT, 5.2): the file name, or nil and the
-- "no file" lines
local function sp(...)
  local f, err = package.searchpath(...)
  print(f, err and "[" .. err:gsub("\n\t", " | ") .. "]")
end
sp("foo.bar", "./?.lua;/nonexistent/?.x")
sp("tests", "./?")
sp("tests.lua.ext", "./?")
sp("tests_lua_ext", "./?", "_", "/")
sp("a.b", "/nonexistent/?.z", "")
sp("x", "")
print(pcall(package.searchpath, "x"))


-- Expected output (produced by luajit 2.1):
-- expect: nil	[ | no file './foo/bar.lua' | no file '/nonexistent/foo/bar.x']
-- expect: ./tests	nil
-- expect: ./tests/lua/ext	nil
-- expect: ./tests/lua/ext	nil
-- expect: nil	[ | no file '/nonexistent/a.b.z']
-- expect: nil	[]
-- expect: false	bad argument #2 to '?' (string expected, got no value)

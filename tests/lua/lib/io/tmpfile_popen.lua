-- io.tmpfile and io.popen
local t = io.tmpfile()
print(io.type(t))
t:write("temp data")
t:seek("set")
print(t:read("*a"))
t:close()
local p = io.popen("echo from popen")
print(p:read("*l"))
print(p:close())
local w = io.popen("cat > /dev/null", "w")
print(w:write("ignored"))
print(w:close())

-- (expected output, from lua5.1)
-- expect: file
-- expect: temp data
-- expect: from popen
-- expect: true
-- expect: true
-- expect: true

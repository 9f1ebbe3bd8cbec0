-- os.exit(false) is failure, and a true second argument closes the state first (LuaJIT)
io.stdout:setvbuf("no")
setmetatable({}, {__gc = function() end})
print("before")
os.exit(false, true)

-- Expected output (produced by luajit 2.1):
-- expect: before
-- expect-exit: 1

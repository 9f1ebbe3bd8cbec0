-- os.exit(true) is success (LuaJIT)
print("before")
os.exit(true)
print("not reached")

-- Expected output (produced by luajit 2.1):
-- expect: before

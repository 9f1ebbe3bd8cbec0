-- os.exit ends the program with the given status
io.write("before exit\n")
os.exit(3)
print("not reached")

-- (expected output, from lua5.1)
-- expect: before exit
-- expect-exit: 3

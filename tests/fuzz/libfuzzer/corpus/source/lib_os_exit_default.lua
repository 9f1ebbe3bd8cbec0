-- os.exit without argument exits with success
print("bye")
os.exit()
print("not reached")

-- (expected output, from lua5.1)
-- expect: bye

-- os.execute returns the raw system() status in 5.1
print(os.execute("true"))
print(os.execute("exit 3"))
print(os.execute() ~= 0)

-- (expected output, from lua5.1)
-- expect: 0
-- expect: 768
-- expect: true

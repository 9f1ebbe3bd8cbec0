-- debug.debug returns at end of input (stdin is /dev/null here)
print(debug.debug())
print("after")

-- (expected output, from lua5.1)
-- expect:
-- expect: after

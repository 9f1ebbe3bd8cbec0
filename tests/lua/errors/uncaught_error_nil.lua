-- uncaught error(nil)
print("a") -- expect: a
error()

-- (expected output)
-- expect-exit: 1

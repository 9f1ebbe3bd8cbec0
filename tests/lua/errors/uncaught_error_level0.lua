-- uncaught error with level 0 has no position
print("one") -- expect: one
error("no position here", 0)

-- (expected output)
-- expect-exit: 1
-- expect-stderr: apogee: no position here

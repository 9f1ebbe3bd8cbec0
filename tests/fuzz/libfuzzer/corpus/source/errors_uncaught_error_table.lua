-- uncaught error with a table value (no __tostring)
print("start") -- expect: start
error({})

-- (expected output)
-- expect-exit: 1
-- expect-stderr: apogee: (error object is not a string)

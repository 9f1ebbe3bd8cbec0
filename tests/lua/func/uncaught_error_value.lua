-- An uncaught error with a non-string value.
print("start") -- expect: start
error({})
-- expect-exit: 1
-- expect-stderr: apogee: (error object is not a string)

-- uncaught error() with a string message
print("start") -- expect: start
error("fatal problem")

-- (expected output)
-- expect-exit: 1
-- expect-stderr: apogee: tests/lua/errors/uncaught_error_call.lua:3: fatal problem

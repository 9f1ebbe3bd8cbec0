-- an uncaught runtime error terminates the script with exit status 1
print("before") -- expect: before
local t
print(t.field)
print("never")

-- (expected output)
-- expect-exit: 1
-- expect-stderr: apogee: tests/lua/errors/uncaught_runtime.lua:4: attempt to index local 't' (a nil value)

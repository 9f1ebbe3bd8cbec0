-- standard files cannot be closed; stdout/stderr writes
io.stdout:write("to stdout\n")
io.stderr:write("to stderr\n")
print(io.stdout:close())
print(io.stderr:close())
print(io.type(io.stdin), io.type(io.stdout), io.type(io.stderr))
io.write("still open\n")
print(io.stdin:read())

-- (expected output, from lua5.1)
-- expect: to stdout
-- expect: nil	cannot close standard file
-- expect: nil	cannot close standard file
-- expect: file	file	file
-- expect: still open
-- expect: nil
-- expect-stderr: to stderr

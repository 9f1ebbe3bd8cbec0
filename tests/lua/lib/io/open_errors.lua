-- failures return nil, message, errno
print(io.open("/nonexistent/dir/file.txt"))
print(io.open("/nonexistent/dir/file.txt", "w"))
print(pcall(io.open))
print(pcall(io.open, "x", {}))
print(pcall(io.lines, "/nonexistent/file"))
print(pcall(io.input, "/nonexistent/file"))

-- (expected output, from lua5.1)
-- expect: nil	/nonexistent/dir/file.txt: No such file or directory	2
-- expect: nil	/nonexistent/dir/file.txt: No such file or directory	2
-- expect: false	bad argument #1 to '?' (string expected, got no value)
-- expect: false	bad argument #2 to '?' (string expected, got table)
-- expect: false	bad argument #1 to '?' (/nonexistent/file: No such file or directory)
-- expect: false	bad argument #1 to '?' (/nonexistent/file: No such file or directory)

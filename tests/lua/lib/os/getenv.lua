-- os.getenv
print(os.getenv("APOGEE_SURELY_UNDEFINED_VARIABLE"))
print(type(os.getenv("PATH")))
print(pcall(os.getenv))
print(pcall(os.getenv, {}))

-- (expected output, from lua5.1)
-- expect: nil
-- expect: string
-- expect: false	bad argument #1 to '?' (string expected, got no value)
-- expect: false	bad argument #1 to '?' (string expected, got table)

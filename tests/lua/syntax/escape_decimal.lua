-- decimal escapes up to three digits
print(loadstring([[return "\1234"]])()) -- expect: {4
print(#loadstring([[return "\255"]])()) -- expect: 1
print(loadstring([[return "\x41"]])()) -- expect: x41
print(loadstring([[return "\z  x"]])()) -- expect: z  x

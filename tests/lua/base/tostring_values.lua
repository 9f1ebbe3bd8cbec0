-- tostring of basic values
print(tostring(nil), tostring(true), tostring(false)) -- expect: nil	true	false
print(tostring(12), tostring(-0.5), tostring("s")) -- expect: 12	-0.5	s
print(type(tostring(1))) -- expect: string
print(tostring(1e300 * 1e10)) -- expect: inf
print(pcall(tostring)) -- expect: false	bad argument #1 to '?' (value expected)
print(tostring(nil) == "nil") -- expect: true

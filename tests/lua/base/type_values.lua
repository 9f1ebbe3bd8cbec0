-- type returns the type name as a string
print(type(nil), type(true), type(1), type("x")) -- expect: nil	boolean	number	string
print(type({}), type(print), type(function() end)) -- expect: table	function	function
print(type(type)) -- expect: function
print(type(type(1))) -- expect: string
print(pcall(type)) -- expect: false	bad argument #1 to '?' (value expected)
print(type(nil) == "nil") -- expect: true

-- tricky but valid syntax compiles
print(type(loadstring("a = b == c"))) -- expect: function
print(type(loadstring("local t = {f = function() end, [1] = 2; 3}"))) -- expect: function
print(type(loadstring("x = - - 1"))) -- expect: function
print(type(loadstring("x = not not nil"))) -- expect: function
print(type(loadstring("f{} f'' f[[x]] a.b.c:d 'e'"))) -- expect: function
print(loadstring("return 2^-2")()) -- expect: 0.25
print(loadstring("return -2^2")()) -- expect: -4

-- valid numeric literals
print(loadstring("return 0x10, 0XfF, 1e2, 1E-2, .5, 5., 3e0")()) -- expect: 16	255	100	0.01	0.5	5	3
print(loadstring("return 1 .. 2")()) -- expect: 12
print(loadstring("return 0xA + 1")()) -- expect: 11
print(loadstring("return 1e+1, 2e-1")()) -- expect: 10	0.2

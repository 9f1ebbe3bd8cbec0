-- Unary operators bind tighter than binary ones (except ^).
print(not nil == true) -- expect: true
print(not (nil == true)) -- expect: true
print(not 1 == 2) -- expect: false
print(- - 2) -- expect: 2
print(#"abc" + 1) -- expect: 4
print(-#"ab") -- expect: -2
print(not not nil) -- expect: false
print(-3 * -3) -- expect: 9
print(#"a" .. "b") -- expect: 1b

-- .. is right associative and binds looser than arithmetic.
print("a" .. 1 + 2) -- expect: a3
print(1 + 2 .. "") -- expect: 3
print("x" .. 2 * 3 .. "y") -- expect: x6y
print(1 .. 2 .. 3) -- expect: 123
print("a" .. "b" == "ab") -- expect: true
print(2 ^ 2 .. "") -- expect: 4
print(-1 .. -2) -- expect: -1-2

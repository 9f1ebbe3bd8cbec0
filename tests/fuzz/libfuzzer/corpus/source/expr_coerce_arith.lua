-- Strings convert to numbers in arithmetic.
print("10" + 1) -- expect: 11
print("3" * "4") -- expect: 12
print("0x10" + 0) -- expect: 16
print(" 5 " + 1) -- expect: 6
print("1e1" + 0) -- expect: 10
print(10 / "4") -- expect: 2.5
print("2" ^ "3") -- expect: 8
print(-"2") -- expect: -2
print("7" % "4") -- expect: 3
print(type("1" + 1)) -- expect: number

-- string.format numeric conversions with flags, width, precision
print(string.format("%d %i %5d %-5d| %05d %+d % d", 42, 42, 42, 42, 42, 42, 42))
print(string.format("%d", 3.99), string.format("%d", -3.99))
print(string.format("%x %X %#x %o %#o", 255, 255, 255, 8, 8))
print(string.format("%u", 42))
print(string.format("%f %.2f %10.3f %-10.1f|", 3.14159, 3.14159, 3.14159, 3.14159))
print(string.format("%e %.3E", 12345.6789, 12345.6789))
print(string.format("%g %g %g %G", 0.0001, 1e20, 100, 1e-10))
print(string.format("%.3g %#g", 3.14159, 1))
print(string.format("%5.1s|", "abc"))
print(string.format("%c%c%c", 76, 117, 97))
print(string.format("%5s|%-5s|", "ab", "ab"))
print(string.format("%.0f %.0f", 0.5, 1.5))
print(string.format("%d%%", 50))
print(string.format("%x", -1))
print(string.format("%99.99f", 1) == string.format("%99.99f", 1))
print(#string.format("%099d", 7))
print(string.format("%s %s", 1, 2.5))
print(string.format("%d", "10"))
print(string.format("no args"))

-- (expected output, from lua5.1)
-- expect: 42 42    42 42   | 00042 +42  42
-- expect: 3	-3
-- expect: ff FF 0xff 10 010
-- expect: 42
-- expect: 3.141590 3.14      3.142 3.1       |
-- expect: 1.234568e+04 1.235E+04
-- expect: 0.0001 1e+20 100 1E-10
-- expect: 3.14 1.00000
-- expect:     a|
-- expect: Lua
-- expect:    ab|ab   |
-- expect: 0 2
-- expect: 50%
-- expect: ffffffffffffffff
-- expect: true
-- expect: 99
-- expect: 1 2.5
-- expect: 10
-- expect: no args

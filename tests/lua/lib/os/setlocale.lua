-- os.setlocale queries and sets locales
print(os.setlocale("C"))
print(os.setlocale())
print(os.setlocale(nil, "numeric"))
print(os.setlocale("C", "ctype"))
print(os.setlocale("no_such_locale_xyz"))
print(pcall(os.setlocale, "C", "bogus"))

-- (expected output, from lua5.1)
-- expect: C
-- expect: C
-- expect: C
-- expect: C
-- expect: nil
-- expect: false	bad argument #2 to '?' (invalid option 'bogus')

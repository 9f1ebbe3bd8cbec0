-- \n inside a string produces a real line break when printed.
print("one\ntwo")
-- expect: one
-- expect: two
print("a\n\nb")
-- expect: a
-- expect:
-- expect: b
print(#"x\ny") -- expect: 3
print("tab\tsep") -- expect: tab	sep

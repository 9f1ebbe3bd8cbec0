-- table.maxn, getn and the obsolete setn
print(table.maxn({}))
print(table.maxn({1, 2, 3}))
print(table.maxn({[1] = 1, [10] = 2, [5.5] = 3, x = 4}))
print(table.maxn({[-1] = 1}))
print(table.getn({1, 2, 3}))
print(table.getn({}))
print(pcall(table.getn, "x"))
print(pcall(table.setn, {}, 3))
print(pcall(table.setn, 1))
print(pcall(table.maxn, 1))

-- (expected output, from lua5.1)
-- expect: 0
-- expect: 3
-- expect: 10
-- expect: 0
-- expect: 3
-- expect: 0
-- expect: false	bad argument #1 to '?' (table expected, got string)
-- expect: false	'setn' is obsolete
-- expect: false	bad argument #1 to '?' (table expected, got number)
-- expect: false	bad argument #1 to '?' (table expected, got number)

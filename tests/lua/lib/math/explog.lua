-- exp, log, log10, frexp, ldexp
print(math.exp(0), string.format("%.6f", math.exp(1)))
print(math.log(1), string.format("%.6f", math.log(10)))
print(math.log10(1000), math.log10(1))
print(math.log(0), math.log(-1) ~= math.log(-1))
print(math.frexp(8))
print(math.frexp(0))
print(math.frexp(-3))
print(math.ldexp(0.5, 4), math.ldexp(1, -1))
print(math.ldexp(3, 2.9))

-- (expected output, from lua5.1)
-- expect: 1	2.718282
-- expect: 0	2.302585
-- expect: 3	0
-- expect: -inf	true
-- expect: 0.5	4
-- expect: 0	0
-- expect: -0.75	2
-- expect: 8	0.5
-- expect: 12

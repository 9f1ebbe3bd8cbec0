-- the bit library against LuaJIT's: shift counts taken mod 32 (>= 32, negative), numbers outside
-- 32 bits wrapped, fractions rounded to even, tohex widths (negative: upper case; beyond 16)
local vals = {0, 1, -1, 2^31, 2^31 - 1, -2^31, 2^32, 2^32 + 5, -2^32 - 7, 0xffffffff, 1.5, -1.5,
              2.5, -2.5, 1e15, -1e15, 2^52 + 0.5, 2^53, 12345678.9}
for _, v in ipairs(vals) do
  print(v, bit.tobit(v), bit.bnot(v), bit.bswap(v), bit.tohex(v), bit.tohex(v, -4), bit.tohex(v, 16))
end
for _, s in ipairs({0, 1, 4, 31, 32, 33, 63, 64, -1, -31, -32, 100, 1.7, 2^32 + 3}) do
  print(s, bit.lshift(0x12345678, s), bit.rshift(-0x12345678, s), bit.arshift(-0x12345678, s),
        bit.rol(0x12345678, s), bit.ror(0x12345678, s))
end
print(bit.band(0xff, 0xf0, 0x3c), bit.bor(1), bit.bxor(1, 2, 4, 8), bit.band(-1, 2^32 + 7))
print(bit.bor(2^31, 1), bit.bxor(-1, 2^31), bit.band(1.5, 3), bit.band(2.5, 3))
for _, w in ipairs({-8, -1, 0, 1, 2, 7, 8, 9, 16, 17, -17, 20, 254, 255, 256, 300, -300, 2^31, -2^31, 2^32 + 3}) do
  local s = bit.tohex(0x1234abcd, w)
  print(w, #s, "[" .. s:sub(1, 24) .. "]")
end
print(bit.tohex(0, 255), bit.tohex(0, 256) == "", bit.tohex(0, 0) == "")
print(pcall(bit.band))
print(pcall(bit.tobit, "x"))
print(bit.tobit("10"), bit.tobit("0x10"), bit.lshift("1", "4"))
print(pcall(bit.lshift, 1))


-- Expected output (produced by luajit 2.1):
-- expect: 0	0	-1	0	00000000	0000	0000000000000000
-- expect: 1	1	-2	16777216	00000001	0001	0000000000000001
-- expect: -1	-1	0	-1	ffffffff	FFFF	00000000ffffffff
-- expect: 2147483648	-2147483648	2147483647	128	80000000	0000	0000000080000000
-- expect: 2147483647	2147483647	-2147483648	-129	7fffffff	FFFF	000000007fffffff
-- expect: -2147483648	-2147483648	2147483647	128	80000000	0000	0000000080000000
-- expect: 4294967296	0	-1	0	00000000	0000	0000000000000000
-- expect: 4294967301	5	-6	83886080	00000005	0005	0000000000000005
-- expect: -4294967303	-7	6	-100663297	fffffff9	FFF9	00000000fffffff9
-- expect: 4294967295	-1	0	-1	ffffffff	FFFF	00000000ffffffff
-- expect: 1.5	2	-3	33554432	00000002	0002	0000000000000002
-- expect: -1.5	-2	1	-16777217	fffffffe	FFFE	00000000fffffffe
-- expect: 2.5	2	-3	33554432	00000002	0002	0000000000000002
-- expect: -2.5	-2	1	-16777217	fffffffe	FFFE	00000000fffffffe
-- expect: 1e+15	-1530494976	1530494975	8439460	a4c68000	8000	00000000a4c68000
-- expect: -1e+15	1530494976	-1530494977	8403291	5b398000	8000	000000005b398000
-- expect: 4.5035996273705e+15	0	-1	0	00000000	0000	0000000000000000
-- expect: 9.007199254741e+15	0	-1	0	00000000	0000	0000000000000000
-- expect: 12345678.9	12345679	-12345680	1331805184	00bc614f	614F	0000000000bc614f
-- expect: 0	305419896	-305419896	-305419896	305419896	305419896
-- expect: 1	610839792	1994773700	-152709948	610839792	152709948
-- expect: 4	591751040	249346712	-19088744	591751041	-2128394905
-- expect: 31	0	1	-1	152709948	610839792
-- expect: 32	305419896	-305419896	-305419896	305419896	305419896
-- expect: 33	610839792	1994773700	-152709948	610839792	152709948
-- expect: 63	0	1	-1	152709948	610839792
-- expect: 64	305419896	-305419896	-305419896	305419896	305419896
-- expect: -1	0	1	-1	152709948	610839792
-- expect: -31	610839792	1994773700	-152709948	610839792	152709948
-- expect: -32	305419896	-305419896	-305419896	305419896	305419896
-- expect: 100	591751040	249346712	-19088744	591751041	-2128394905
-- expect: 1.7	1221679584	997386850	-76354974	1221679584	76354974
-- expect: 4294967299	-1851608128	498693425	-38177487	-1851608128	38177487
-- expect: 48	1	15	7
-- expect: -2147483647	2147483647	2	2
-- expect: -8	8	[1234ABCD]
-- expect: -1	1	[D]
-- expect: 0	0	[]
-- expect: 1	1	[d]
-- expect: 2	2	[cd]
-- expect: 7	7	[234abcd]
-- expect: 8	8	[1234abcd]
-- expect: 9	9	[01234abcd]
-- expect: 16	16	[000000001234abcd]
-- expect: 17	17	[0000000001234abcd]
-- expect: -17	17	[0000000001234ABCD]
-- expect: 20	20	[0000000000001234abcd]
-- expect: 254	254	[000000000000000000000000]
-- expect: 255	8	[1234abcd]
-- expect: 256	8	[1234abcd]
-- expect: 300	44	[000000000000000000000000]
-- expect: -300	44	[000000000000000000000000]
-- expect: 2147483648	0	[]
-- expect: -2147483648	0	[]
-- expect: 4294967299	3	[bcd]
-- expect: 0	true	true
-- expect: false	bad argument #1 to '?' (number expected, got no value)
-- expect: false	bad argument #1 to '?' (number expected, got string)
-- expect: 10	16	16
-- expect: false	bad argument #2 to '?' (number expected, got no value)

-- The `bit` library (LuaJIT BitOp). Not part of Lua 5.1: expected output
-- comes from LuaJIT, so this test is meaningful only under apogee/luajit.
local function try(f) print(select(2, pcall(f))) end

local vals = {0, 1, -1, 2^31, 2^32, 2^32 + 5, -2^31, 2^31 - 1, 0.5, 1.5,
              2.5, -0.5, -1.5, 1e15, -1e15, 2^53, 0x12345678, 3.7, -3.7,
              4294967295}
for _, v in ipairs(vals) do
    print(bit.tobit(v), bit.bnot(v), bit.bswap(v), bit.tohex(v),
          bit.tohex(v, 4), bit.tohex(v, -3))
end
for _, n in ipairs({0, 1, 4, 31, 32, 33, -1, 63}) do
    print(n, bit.lshift(0x87654321, n), bit.rshift(0x87654321, n),
          bit.arshift(0x87654321, n), bit.rol(0x87654321, n),
          bit.ror(0x87654321, n), bit.arshift(0x12345678, n))
end
print(bit.band(0xff, 0x0f, 0x3), bit.bor(1, 2, 4, 8), bit.bxor(0xff, 0x0f, 1))
print(bit.band(-1), bit.bor(5), bit.bxor(7))
print(bit.tobit("12"), bit.band("0xff", 3))
print(bit.tohex(255, -2), bit.tohex(-1, -8), bit.tohex(0x7fffffff, 8))
print(bit.tohex(1, 1), bit.tohex(-2, 16), bit.tohex(0xabc, -12))
print(bit.tobit(0xffffffff + 1) == 0, bit.tobit(2^32 + 2^31) == -2^31)
print(package.loaded.bit == bit)
try(function() bit.band(1, {}) end)
try(function() bit.tobit() end)
try(function() bit.bnot("x") end)

-- (expected output, taken from LuaJIT)
-- expect: 0	-1	0	00000000	0000	000
-- expect: 1	-2	16777216	00000001	0001	001
-- expect: -1	0	-1	ffffffff	ffff	FFF
-- expect: -2147483648	2147483647	128	80000000	0000	000
-- expect: 0	-1	0	00000000	0000	000
-- expect: 5	-6	83886080	00000005	0005	005
-- expect: -2147483648	2147483647	128	80000000	0000	000
-- expect: 2147483647	-2147483648	-129	7fffffff	ffff	FFF
-- expect: 0	-1	0	00000000	0000	000
-- expect: 2	-3	33554432	00000002	0002	002
-- expect: 2	-3	33554432	00000002	0002	002
-- expect: 0	-1	0	00000000	0000	000
-- expect: -2	1	-16777217	fffffffe	fffe	FFE
-- expect: -1530494976	1530494975	8439460	a4c68000	8000	000
-- expect: 1530494976	-1530494977	8403291	5b398000	8000	000
-- expect: 0	-1	0	00000000	0000	000
-- expect: 305419896	-305419897	2018915346	12345678	5678	678
-- expect: 4	-5	67108864	00000004	0004	004
-- expect: -4	3	-50331649	fffffffc	fffc	FFC
-- expect: -1	0	-1	ffffffff	ffff	FFF
-- expect: 0	-2023406815	-2023406815	-2023406815	-2023406815	-2023406815	305419896
-- expect: 1	248153666	1135780240	-1011703408	248153667	-1011703408	152709948
-- expect: 4	1985229328	141972530	-126462926	1985229336	410407986	19088743
-- expect: 31	-2147483648	1	-1	-1011703408	248153667	0
-- expect: 32	-2023406815	-2023406815	-2023406815	-2023406815	-2023406815	305419896
-- expect: 33	248153666	1135780240	-1011703408	248153667	-1011703408	152709948
-- expect: -1	-2147483648	1	-1	-1011703408	248153667	0
-- expect: 63	-2147483648	1	-1	-1011703408	248153667	0
-- expect: 3	15	241
-- expect: -1	5	7
-- expect: 12	3
-- expect: FF	FFFFFFFF	7fffffff
-- expect: 1	00000000fffffffe	000000000ABC
-- expect: true	true
-- expect: true
-- expect: tests/lua/lib/bit/bitops.lua:24: bad argument #2 to 'band' (number expected, got table)
-- expect: tests/lua/lib/bit/bitops.lua:25: bad argument #1 to 'tobit' (number expected, got no value)
-- expect: tests/lua/lib/bit/bitops.lua:26: bad argument #1 to 'bnot' (number expected, got string)

-- hexadecimal floating-point numerals (LuaJIT), in the source and in tonumber
print(0x1p4, 0x.8, 0xA.8p-1, 0x1p-4, 0X1P+3, 0x.1, 0x1.8, 0xffp0)
print(0x10, 0xA, 0x1e+1, 1e+1, 0x1P-2 == 0.25)
print(tonumber("0x1p4"), tonumber("0x.8"), tonumber("0x1P-2"), tonumber("  0x10  "), tonumber("0x1.8"))
print(tonumber("1e"), tonumber("0x"), tonumber("0x1p"), tonumber("1p4"), tonumber("0x.p1"), tonumber("0xg"))
local function try(s) print(select(2, loadstring(s, "=c"))) end
try("return 0x1p")
try("return 0x1p+")
try("return 0x.p1")
try("return 3x")
try("return 1..2")
print(loadstring("return 0x1p-1 + 1")())

-- Expected output (produced by luajit 2.1):
-- expect: 16	0.5	5.25	0.0625	8	0.0625	1.5	255
-- expect: 16	10	31	10	true
-- expect: 16	0.5	0.25	16	1.5
-- expect: nil	nil	nil	nil	nil	nil
-- expect: c:1: malformed number near '0x1p'
-- expect: c:1: malformed number near '0x1p+'
-- expect: c:1: malformed number near '0x.p1'
-- expect: c:1: malformed number near '3x'
-- expect: c:1: malformed number near '1..2'
-- expect: 1.5

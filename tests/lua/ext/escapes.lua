-- LuaJIT's string escapes: \xXX, \u{XXX} (UTF-8), \z (skips the following whitespace)
print("\x41\x62\x7a", #"\x00\xff", ("\xFF"):byte())
print("\u{41}\u{48}", #"\u{7F}", #"\u{80}", #"\u{7FF}", #"\u{800}", #"\u{FFFF}", #"\u{10000}", #"\u{10FFFF}")
print(("\u{E9}"):byte(1, -1))
print(("\u{20AC}"):byte(1, -1))
print(("\u{1F600}"):byte(1, -1))
print(("\u{0000000041}"))
print("a\z
       b", "c\z    d", "e\z")
-- Lua 5.1's escapes are unchanged
print("\65\066\0677", "\n" == "\10", "\\")
-- malformed escapes
local function try(s) print(select(2, loadstring(s, "=c"))) end
try([[return "ab\x4"]])
try([[return "ab\x4g"]])
try([[return "\xg0"]])
try([[return "ab\u41"]])
try([[return "ab\u{}"]])
try([[return "ab\u{41"]])
try([[return "ab\u{110000}"]])
try([[return "ab\u{D800}"]])
try([[return "ab\u{DFFF}"]])
try([[return "ab\u{80000000}"]])

-- Expected output (produced by luajit 2.1):
-- expect: Abz	2	255
-- expect: AH	1	2	2	3	3	4	4
-- expect: 195	169
-- expect: 226	130	172
-- expect: 240	159	152	128
-- expect: A
-- expect: ab	cd	e
-- expect: ABC7	true	\
-- expect: c:1: invalid escape sequence near '"ab'
-- expect: c:1: invalid escape sequence near '"ab'
-- expect: c:1: invalid escape sequence near '"'
-- expect: c:1: invalid escape sequence near '"ab'
-- expect: c:1: invalid escape sequence near '"ab'
-- expect: c:1: invalid escape sequence near '"ab'
-- expect: c:1: invalid escape sequence near '"ab'
-- expect: c:1: invalid escape sequence near '"ab'
-- expect: c:1: invalid escape sequence near '"ab'
-- expect: c:1: invalid escape sequence near '"ab'

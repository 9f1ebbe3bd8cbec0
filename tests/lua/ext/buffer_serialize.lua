-- string.buffer encode/decode: LuaJIT's serialisation format, byte for byte (tables with at most
-- one hash key; with more, the order of the hash entries differs, which decoding does not see)
local b = require("string.buffer")
local function hex(s)
  local t = {}
  for i = 1, #s do t[i] = string.format("%02x", s:byte(i)) end
  return table.concat(t, " ")
end
for _, v in ipairs({ {1, 2, x = "y"}, 1, -0.5, true, false, "", string.rep("a", 0xc0), {}, {nil, 2}, {a = {}}, 2^40, {{{}}}, string.rep("b", 0x2000) }) do
  local s = b.encode(v)
  print(#s, hex(s:sub(1, 24)))
end
print(hex(b.encode(nil)))
print(pcall(b.encode, print))
print(pcall(b.encode, coroutine.create(function() end)))
print(pcall(b.decode, "\7"))
print(pcall(b.decode, "\2\2"))
print(pcall(b.decode, "\9\2\2\2\2\2"))
print(pcall(b.decode, "\15\0"))
print(pcall(b.decode, "\9\1\0\2"))
local t = {} t.t = t
print(pcall(b.encode, t))
local deep = {} local d = deep for i = 1, 99 do d[1] = {} d = d[1] end
print((pcall(b.encode, deep)))
d[1] = {}
print(pcall(b.encode, deep))
local r = b.decode(b.encode({1, 2, 3, a = {b = "c"}, [10] = true, [-1] = 0.5, s = string.rep("z", 300)}))
print(r[1], r[2], r[3], r.a.b, r[10], r[-1], #r.s)
print(b.decode("\6\1\0\0\0"), b.decode("\6\255\255\255\255"), b.decode("\10\2\33\97\33\98")[0], b.decode("\11\1\1\33\97\33\98\2").b)
local s = b.new()
s:encode(1):encode("two"):encode({3})
print(s:decode(), s:decode(), s:decode()[1], #s)

-- round trips
local big = {}
for i = 1, 300 do big[i] = i * 1.5 end
for i = 1, 50 do big["k" .. i] = {i, tostring(i)} end
local r2 = b.decode(b.encode(big))
local ok = true
for i = 1, 300 do ok = ok and r2[i] == i * 1.5 end
for i = 1, 50 do ok = ok and r2["k" .. i][1] == i and r2["k" .. i][2] == tostring(i) end
print(ok, #b.encode(big))



-- Expected output (produced by luajit 2.1):
-- expect: 25	0d 03 01 07 00 00 00 00 00 00 f0 3f 07 00 00 00 00 00 00 00 40 21 78 21
-- expect: 9	07 00 00 00 00 00 00 f0 3f
-- expect: 9	07 00 00 00 00 00 00 e0 bf
-- expect: 1	02
-- expect: 1	01
-- expect: 1	20
-- expect: 194	e0 00 61 61 61 61 61 61 61 61 61 61 61 61 61 61 61 61 61 61 61 61 61 61
-- expect: 1	08
-- expect: 12	0c 03 00 07 00 00 00 00 00 00 00 40
-- expect: 5	09 01 21 61 08
-- expect: 9	07 00 00 00 00 00 00 70 42
-- expect: 5	0c 02 0c 02 08
-- expect: 8197	ff 20 20 00 00 62 62 62 62 62 62 62 62 62 62 62 62 62 62 62 62 62 62 62
-- expect: 00
-- expect: false	cannot serialize 'function'
-- expect: false	cannot serialize 'thread'
-- expect: false	unexpected end of buffer
-- expect: false	left-over data in buffer
-- expect: false	duplicate table key
-- expect: false	cannot deserialize dictionary index 1
-- expect: false	table index is nil
-- expect: false	too deep to serialize
-- expect: true
-- expect: false	too deep to serialize
-- expect: 1	2	3	c	true	0.5	300
-- expect: 1	-1	a	true
-- expect: 1	two	3	0
-- expect: true	3586

-- string.buffer encode/decode of tables holding key 0: LuaJIT's bytes (slot 0 written with the
-- array when there is one, as a hash key when there is not), and the same table back
local b = require("string.buffer")
local function hex(s)
  local t = {}
  for i = 1, #s do t[i] = string.format("%02x", s:byte(i)) end
  return table.concat(t, " ")
end
local a = {[0] = 7, 8, 9}
print(hex(b.encode(a))) -- expect: 0a 03 07 00 00 00 00 00 00 1c 40 07 00 00 00 00 00 00 20 40 07 00 00 00 00 00 00 22 40
local r = b.decode(b.encode(a))
print(r[0], r[1], r[2], #r) -- expect: 7	8	9	2
local z = {}
z[0] = "zero"
print(hex(b.encode(z))) -- expect: 0a 01 24 7a 65 72 6f
print(b.decode(b.encode(z))[0]) -- expect: zero
local h = {[0] = true, 1}
h[1] = nil      -- the array part is there, empty but for slot 0
print(b.decode(b.encode(h))[0], next(b.decode(b.encode(h)), 0)) -- expect: true	nil
local zb = {}
for i = 0, 20 do zb[i] = i end
local back = b.decode(b.encode(zb))
local ok = true
for i = 0, 20 do ok = ok and back[i] == i end
print(ok, #back) -- expect: true	20

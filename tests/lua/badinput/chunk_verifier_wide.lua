-- Binary chunks with wide constants (KWIDE and its data word): they round-trip through
-- string.dump, and a patched data word is refused when loading. The code array is located from
-- the format in src/core/undump.c, as in chunk_verifier.lua.
local function codepos(s)
  local pos = 13
  local size = 0
  for i = 8, 1, -1 do size = size * 256 + s:byte(pos + i - 1) end
  pos = pos + 8 + (size > 0 and size - 1 or 0) + 8 + 4
  local n = 0
  for i = 4, 1, -1 do n = n * 256 + s:byte(pos + i - 1) end
  return pos + 4, n
end
local function word(s, at, k)
  local p, w = at + 4 * k, 0
  for i = 3, 0, -1 do w = w * 256 + s:byte(p + i) end
  return w
end
local function setword(s, at, k, w)
  local p = at + 4 * k
  local b = {}
  for i = 1, 4 do b[i] = string.char(w % 256) w = math.floor(w / 256) end
  return s:sub(1, p - 1) .. table.concat(b) .. s:sub(p + 4)
end

local p = {"local x "}
for i = 1, 65536 do p[#p + 1] = ("x=%d.5 "):format(i) end
local src = table.concat(p) .. "local s = 'wide' return s, x"
local d = string.dump(assert(loadstring(src)))
print(loadstring(d)()) -- expect: wide	65536.5

-- the load of 'wide' (constant 65,537) and its data word, whose low byte is 255
local at, n = codepos(d)
local kwide
for k = 0, n - 2 do
  local w, nextw = word(d, at, k), word(d, at, k + 1)
  if nextw % 256 == 255 and math.floor(nextw / 256) == 65536 then kwide = k end
end
print(kwide ~= nil) -- expect: true
-- a constant index past the end, a data word without its marker, a stray data word
print(loadstring(setword(d, at, kwide + 1, 65537 * 256 + 255))) -- expect: nil	binary string: bad code in precompiled chunk
print(loadstring(setword(d, at, kwide + 1, 65536 * 256 + 7))) -- expect: nil	binary string: bad code in precompiled chunk
print(loadstring(setword(d, at, kwide, 255))) -- expect: nil	binary string: bad opcode in precompiled chunk
print(loadstring(d)()) -- expect: wide	65536.5

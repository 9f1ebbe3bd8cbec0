-- Binary chunks patched by hand: whatever loads must not crash the interpreter (found by the
-- chunk fuzzer).  The code array of the dumped function is located from the format in
-- src/core/undump.c (header of 12 bytes, source, 2 ints, 4 bytes, sizecode, code).
local function codepos(s)
  local pos = 13
  local size = 0
  for i = 8, 1, -1 do size = size * 256 + s:byte(pos + i - 1) end
  pos = pos + 8 + (size > 0 and size - 1 or 0) + 8 + 4
  local n = 0
  for i = 4, 1, -1 do n = n * 256 + s:byte(pos + i - 1) end
  return pos + 4, n
end
local function word(s, at, k) -- instruction k (0-based)
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
local TNEW, KSHORT, SETLIST, JMP = 46, 3, 53, 61

-- SETLIST whose register holds a number instead of the new table: a runtime error
local d = string.dump(function() local t = {1, 2, 3} return t end)
local at, n = codepos(d)
for k = 0, n - 1 do
  local w = word(d, at, k)
  if w % 256 == TNEW then d = setword(d, at, k, w - TNEW + KSHORT) end
end
local f = assert(loadstring(d))
local ok, e = pcall(f)
print(ok, (string.gsub(e, "^.-:%d+: ", ""))) -- expect: false	attempt to index a number value

-- a jump to the count word that follows a SETLIST with C = 0 is refused when loading
local src = "return function(x) local t = {" .. string.rep("1,", 13000) .. "} while x do x = nil end return t end"
d = string.dump(assert(loadstring(src))())
at, n = codepos(d)
local setlist, jmp
for k = 0, n - 1 do
  local w = word(d, at, k)
  if w % 256 == SETLIST and math.floor(w / 2^24) == 0 then setlist = k end
  if w % 256 == JMP and not jmp and setlist and k > setlist + 1 then jmp = k end
end
print(setlist ~= nil, jmp ~= nil, #assert(loadstring(d))(true)) -- expect: true	true	13000
local target = setlist + 1 - (jmp + 1)   -- the count word
local w = word(d, at, jmp)
d = setword(d, at, jmp, w % 65536 + (target + 0x8000) * 65536)
print(loadstring(d)) -- expect: nil	binary string: bad code in precompiled chunk
print(pcall(string.rep, "ok", 2)) -- expect: true	okok

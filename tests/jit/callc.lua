-- Library functions called from compiled code (CALLC): string.sub/rep/upper/lower/reverse/
-- format/char/find/match, table.concat/insert/remove, os.clock and io.write are called by the
-- trace itself, the slots written back first; their results are read from the stack after
-- the call, and nothing the trace read from memory before a call is trusted after it.
jit.opt.start("hotloop=2", "hotexit=2")

local s, acc = "hello, world", {}
for i = 1, 60 do
  local a = string.sub(s, i % 12 + 1, i % 12 + 3)
  local b = string.upper(a) .. string.lower("XY") .. string.rep("-", i % 3)
  acc[#acc + 1] = string.format("%d:%s:%s", i, b, string.reverse(a))
end
print(#acc, acc[1], acc[60], table.concat(acc, ",", 58, 60))
-- expect: 60	1:ELLxy-:lle	60:HELxy:leh	58:LDxy-:dl,59:Dxy--:d,60:HELxy:leh

-- Methods of strings (through the strings' metatable) and results of different counts.
local found, n = 0, 0
for i = 1, 80 do
  local w = ("word" .. i):upper()
  local p, q = string.find(w, "1", 1, true)
  if p then found = found + p + q end
  local m = w:match("%d+")
  n = n + #m + w:len() + (w:byte(1) or 0)
end
print(found, n) -- expect: 182	7582

-- table.insert and table.remove move and grow the table between the trace's reads of it.
local t = { 10, 20, 30 }
local sum = 0
for i = 1, 100 do
  local x = t[2]
  table.insert(t, 1, i)
  local y = t[2]
  table.remove(t)
  sum = sum + x + y + #t
end
print(sum, #t, t[1], t[3]) -- expect: 10141	3	100	98

-- An error inside the call: the interpreter's message and position.
local function bad(v)
  local r = 0
  for i = 1, 20 do
    r = r + #string.rep("a", i)
    if i == 15 then string.rep(v, 2) end
  end
  return r
end
print(pcall(bad, "x")) -- expect: true	210
print(pcall(bad, {})) -- expect: false	tests/jit/callc.lua:44: bad argument #1 to 'rep' (string expected, got table)

-- Collections while the trace is inside a call: its tables stay alive and correct.
local keep = {}
for i = 1, 2000 do
  local t2 = { i, tostring = i * 2 }
  local big = string.rep("z", 1000 + i % 7)
  keep[i % 10 + 1] = t2
  if t2[1] ~= i or #big ~= 1000 + i % 7 then print("bad", i) end
end
print(keep[1][1], keep[10][1]) -- expect: 2000	1999

-- io.write and os.clock from a loop.
local t0 = os.clock()
for i = 1, 5 do io.write(i, i < 5 and " " or "\n") end
-- expect: 1 2 3 4 5
print(os.clock() >= t0) -- expect: true

-- All the results of a call (f(g()), select('#', ...)): their number is guarded, and a call
-- that returns another number of values leaves the trace with the interpreter's top.
local cnt, m = 0, 0
local function two(a, b) return (a or 0) + (b or 0) end
for i = 1, 100 do
  local pat = i % 3 == 0 and "z" or "b"
  cnt = cnt + select('#', string.find("abcabc", pat, 1, true))
  m = m + two(string.find("abcabc", pat, i % 2 + 1, true))
end
print(cnt, m) -- expect: 167	268

-- After a call whose results are all taken, the trace puts L->top back at the frame's top
-- (the collector marks a stack up to L->top): locals stay alive when a collection comes
-- after an exit further on (fasta's emit(table.concat(buf, "", 1, w))).
local probs, syms = { 0.3, 0.6, 1.0 }, { "a", "b", "c" }
local function emit(line) return #line end
local chars = 0
for round = 1, 300 do
  local buf = {}
  for i = 1, 20 do
    local r = (round * 7 + i * 13) % 100 / 100
    local k = 1
    while probs[k] < r do k = k + 1 end
    buf[i] = syms[k] .. string.rep("-", i % 3)
  end
  chars = chars + emit(table.concat(buf, "", 1, 20))
end
print(chars) -- expect: 12300

-- From an inlined function: its frame is made for the call, so errors name the right line
-- and function, and tracebacks see it.
local function piece(s, i) return string.rep(s, i) end
local function shout(s) return string.upper(s) .. "!" end
local out = 0
for i = 1, 50 do out = out + #piece("ab", i % 4) + #shout("x" .. i) end
print(out) -- expect: 341
local ok, err = pcall(function()
  local r = 0
  for i = 1, 30 do r = r + #piece(i < 25 and "a" or {}, 2) end
  return r
end)
print(ok, err) -- expect: false	tests/jit/callc.lua:98: bad argument #1 to 'rep' (string expected, got table)

-- A tail call of a library function whose values a caller takes all of, when the return
-- leaves the trace (a caller other than the one recorded): the values end where the call
-- left them (fuzzer seed 12667).
local function fmt(v)
  if type(v) == "string" then return string.format("%q", v) end
end
local function each(...)
  local n = 0
  for i = 1, select('#', ...) do if fmt((select(i, ...))) then n = n + 1 end end
  return n
end
local quoted = 0
for i = 1, 10 do quoted = quoted + each("a", 1, "b", i) end
print(fmt("x")) -- expect: "x"
print(fmt("y"), quoted) -- expect: "y"	20

-- A call taking all results whose count changes from one iteration to the next: its count
-- guard (TOPEQ) is made in the loop too, not only in the first iteration.
local s5, parts = "hello", {}
for _, i in ipairs({ -7, -5, -1, 0, 1, 2, 5, 6, 2.9, -2.5 }) do
  parts[#parts + 1] = "[" .. table.concat({ s5:byte(i) }, ",") .. "]"
end
print(table.concat(parts)) -- expect: [][104][111][][104][101][111][][101][108]

-- Result counts: fewer results than the call asks for are padded with nils, all of them are
-- passed on in a multiple-result call (the C call's own frame and result copy).
local pad, cnt = 0, 0
for i = 1, 60 do
  local x, y, z = string.byte("abc", i % 3 + 1)
  if y == nil and z == nil then pad = pad + x end
  cnt = cnt + select("#", string.byte("abcdef", 1, i % 6 + 1))
  local p, q = string.find("abc", "z", 1, true)
  if p == nil and q == nil then cnt = cnt + 1 end
end
print(pad, cnt) -- expect: 5880	270

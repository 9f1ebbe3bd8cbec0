-- Library functions recorded inline (no call in the trace): results as the interpreter's, and
-- the guards they need (function identity, argument types, string bounds) exit correctly.
-- Expected values: LuaJIT 2.1 and Apogee with -joff agree on every line.
jit.opt.start("hotloop=1", "hotexit=1000")
local a0 = jit.util.naborts()
local function run(f) return f() end
-- math.min / math.max, two and more arguments, mixed with integers.
print(run(function()
  local s = 0
  for i = 1, 100 do s = s + math.min(i, 50) + math.max(i, 20.5, 3) - math.min(-i, 0.25, i) end
  return s
end)) -- expect: 14075
-- bit operations, with counts and values outside 32 bits.
print(run(function()
  local s = 0
  for i = 1, 100 do
    s = s + bit.band(i, 0x0f0) + bit.bor(i, 1, 256) + bit.bxor(i, -1) + bit.bnot(i)
    s = s + bit.lshift(i, 28) + bit.rshift(-i, 4) + bit.arshift(-i * 3, 1) + bit.rol(i, 30)
    s = s + bit.ror(i, 3) + bit.lshift(3, i) + bit.rshift(0x80000000, i) + bit.bswap(i)
    s = s + bit.tobit(i * 2^31 + 0.75) + bit.tobit(2^40 - i * 3)
  end
  return s
end)) -- expect: -82376126963
-- string.len, string.byte with and without an index, # of a string.
print(run(function()
  local s, str = 0, "The quick brown fox"
  for i = 1, 100 do
    s = s + string.len(str) + string.byte(str) + string.byte(str, i % #str + 1) + #str
  end
  return s
end)) -- expect: 21722
-- type of each kind of value.
print(run(function()
  local vals = { 1, "s", {}, print, true }
  local n = 0
  for i = 1, 100 do
    local v = vals[1]
    if type(v) == "number" then n = n + 1 end
    if type(vals) == "table" then n = n + 10 end
    if type(print) == "function" then n = n + 100 end
    if type(nil) == "nil" then n = n + 1000 end
  end
  return n
end)) -- expect: 111100
-- select with a constant index, and '#'.
print(run(function()
  local s = 0
  for i = 1, 100 do s = s + select(2, i, i * 2, 5) + select("#", i, i, i) + (select(3, i, 1) or 7) end
  return s
end)) -- expect: 11100
-- rawget of the array part and of a constant key.
print(run(function()
  local t, s = { 5, 6, 7, x = 3 }, 0
  for i = 1, 99 do s = s + rawget(t, i % 3 + 1) + rawget(t, "x") end
  return s
end)) -- expect: 891
print(jit.util.naborts() - a0) -- expect: 0
-- Guards failing: the function replaced in the middle of the loop, an argument changing type,
-- an index leaving the string.
local mmax = math.max
print(run(function()
  local s = 0
  for i = 1, 40 do
    if i == 30 then math.max = math.min end
    s = s + math.max(i, 10)
  end
  math.max = mmax
  return s
end)) -- expect: 590
print(run(function()
  local s, vals = 0, {}
  for i = 1, 40 do vals[i] = i end
  vals[35] = "35"
  for i = 1, 40 do s = s + bit.band(vals[i], 7) end
  return s
end)) -- expect: 140
print(run(function()
  local s, str = 0, "abcdef"
  for i = 1, 10 do s = s + (string.byte(str, i) or -1) end
  return s
end)) -- expect: 593
print(run(function()
  local r = {}
  for i = 1, 6 do r[#r + 1] = type(i < 4 and i or "x") end
  return table.concat(r, " ")
end)) -- expect: number number number string string string
-- A method call on a table (SELF) recorded as a table read.
print(run(function()
  local obj = { n = 0 }
  function obj.add(self, k) self.n = self.n + k end
  for i = 1, 50 do obj:add(i) end
  return obj.n
end)) -- expect: 1275
-- math.log with a base is not the one-argument fast function: it is called.
print(run(function()
  local s = 0
  for i = 1, 64 do s = s + math.log(i, 2) - math.log(i) / math.log(2) end
  return math.abs(s) < 1e-9
end)) -- expect: true

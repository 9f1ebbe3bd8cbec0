-- A closure's upvalue whose variable is never assigned after its declaration (UV_IMMUTABLE) is
-- a constant in the traces of that closure (when the closure itself is one: the only one made
-- of its prototype, by the main chunk); debug.setupvalue and debug.setlocal, the only ways to
-- change it, flush the traces, and compiled code suspended in the library call that made the
-- change (a gsub replacement, a sort comparison) leaves before it uses the old value.
-- uvconst.sh checks the traces themselves.
jit.opt.start("hotloop=1", "hotexit=1")

-- Constants of every kind the recorder takes: number, string, boolean, nil, table, function.
local k
do
  local N, S, B, Z, T = 7, "ab", true, nil, { 5 }
  local function G(x) return x * 2 end
  k = function(i)
    local r = N + #S + T[1] + G(i)
    if B then r = r + 1 end
    if Z == nil then r = r + 1 end
    return r
  end
end
local function sumk()
  local acc = 0
  for i = 1, 200 do acc = acc + k(i) end
  return acc
end
print(sumk()) -- expect: 43400

-- debug.setupvalue from a function the trace calls through string.gsub, in the middle of an
-- iteration: the call to f after it sees 1000, as the interpreter does.
local f
do
  local K = 10
  f = function(x) return x + K end
end
local n = 0
local function bump(c)
  n = n + 1
  if n == 200 then debug.setupvalue(f, 1, 1000) end
  return c
end
local function run()
  local s = 0
  for i = 1, 300 do
    s = s + f(i)
    string.gsub("a", "a", bump)
    s = s + f(i)
  end
  return s
end
print(run()) -- expect: 295290

-- debug.setlocal on the main chunk's frame, which declared the variable, from a table.sort
-- comparison the loop's trace calls.
local g
local M = 3
g = function(x) return x * M end
local m = 0
local function cmp(a, b)
  m = m + 1
  if m == 150 then   -- level 4: the main chunk (cmp, sort, run2, main)
    local i = 1
    while debug.getlocal(4, i) ~= "M" do i = i + 1 end
    debug.setlocal(4, i, 7)
  end
  return a < b
end
local function run2()
  local s = 0
  for i = 1, 200 do
    s = s + g(i)
    table.sort({ 2, 1 }, cmp)
    s = s + g(i)
  end
  return s
end
print(run2()) -- expect: 191400
print(M) -- expect: 7

-- Once a variable was assigned so, traces no longer take such variables as constants: a
-- setupvalue in every iteration gives the interpreter's results.
local h2
do
  local V = 0
  h2 = function(x) return x + V end
end
local function run3()
  local s3 = 0
  for i = 1, 300 do
    debug.setupvalue(h2, 1, i)
    s3 = s3 + h2(i)
  end
  return s3
end
print(run3()) -- expect: 90300

-- Locals assigned after their closure was made (here, or from an inner function), and loop
-- variables, stay variables.
local fa, fb, setb, fl
do
  local a, b = 1, 2
  fa = function() return a end
  setb = function(v) b = v end
  fb = function() return b end
  local function seta(v) a = v end
  fl = { seta }
end
local function vars()
  local res = 0
  for i = 1, 100 do
    res = res + fa() + fb()
    if i == 50 then fl[1](10); setb(20) end
  end
  return res
end
print(vars()) -- expect: 1650

-- Line-based test-case reducer for the differential fuzzer.
--   lua5.1 tests/fuzz/reduce.lua IN.lua OUT.lua VM [REF]
--     shrinks IN.lua while Apogee (VM) and the reference (REF, default lua5.1)
--     still differ in the same way (same first differing output line, with line
--     numbers masked), and writes the result to OUT.lua.
--   lua5.1 tests/fuzz/reduce.lua --sig A.out B.out
--     prints the signature of the difference between two saved outputs.
-- A saved output is stdout, then stderr, then a line "exit: N".
-- Programs run in a scratch directory as `fuzz.lua`, so chunk names in
-- messages do not depend on where the program lives.

local function readfile(p)
  local f = io.open(p, "rb")
  if not f then return "" end
  local s = f:read("*a")
  f:close()
  return s
end

local function writefile(p, s)
  local f = assert(io.open(p, "wb"))
  f:write(s)
  f:close()
end

local function lines(s)
  local t = {}
  for l in (s .. (s:sub(-1) == "\n" and "" or "\n")):gmatch("(.-)\n") do t[#t + 1] = l end
  return t
end

local function norm(l)
  l = l:gsub("^lua5%.1:", "apogee:")
  l = l:gsub(":%d+:", ":N:")
  l = l:gsub("0x%x%x%x%x+", "ADDR")
  return l
end

-- signature: first differing line pair (normalised), or nil if equal
local function signature(a, b)
  local la, lb = lines(a), lines(b)
  local n = math.max(#la, #lb)
  for i = 1, n do
    local x, y = la[i], lb[i]
    if x ~= y and not (x and y and x:gsub("^lua5%.1:", "apogee:") == y:gsub("^lua5%.1:", "apogee:")) then
      return "apogee[" .. (x and norm(x) or "<EOF>") .. "] ref[" .. (y and norm(y) or "<EOF>") .. "]"
    end
  end
  return nil
end

if arg[1] == "--sig" then
  print(signature(readfile(arg[2]), readfile(arg[3])) or "equal")
  return
end

local IN, OUT, VM, REF = arg[1], arg[2], arg[3], arg[4] or "lua5.1"
assert(IN and OUT and VM, "usage: reduce.lua IN OUT VM [REF]")
local function abs(p)
  if p:find("/") and p:sub(1, 1) ~= "/" then return (os.getenv("PWD") or ".") .. "/" .. p end
  return p
end
VM, REF = abs(VM), abs(REF)
local MAXTESTS = tonumber(os.getenv("REDUCE_MAX") or "") or 800

local dir = os.tmpname()
os.remove(dir)
os.execute("mkdir -p " .. dir)
local prog = dir .. "/fuzz.lua"

local function run(vm)
  local r = os.execute(string.format("cd %s && timeout 5 %s fuzz.lua >out 2>err </dev/null", dir, vm))
  local rc = r
  if type(r) == "number" and r > 255 then rc = math.floor(r / 256) end
  return readfile(dir .. "/out") .. readfile(dir .. "/err") .. "exit: " .. tostring(rc) .. "\n"
end

local tests = 0
local function check(ls, want)
  tests = tests + 1
  writefile(prog, table.concat(ls, "\n") .. "\n")
  local okc = os.execute("luac5.1 -p " .. prog .. " >/dev/null 2>&1")
  if okc ~= 0 and okc ~= true then return false end
  local a = run(VM)
  local b = run(REF)
  return signature(a, b) == want, a, b
end

local src = lines(readfile(IN))
while src[#src] == "" do src[#src] = nil end
writefile(prog, table.concat(src, "\n") .. "\n")
local want = signature(run(VM), run(REF))
if not want then
  io.stderr:write("reduce: no difference to keep\n")
  os.execute("rm -rf " .. dir)
  os.exit(1)
end

local cur = src
local function try(cand)
  if tests >= MAXTESTS then return false end
  if check(cand, want) then cur = cand; return true end
  return false
end

local function without(ls, i, j) -- remove lines i..j
  local r = {}
  for k = 1, #ls do if k < i or k > j then r[#r + 1] = ls[k] end end
  return r
end

local function indent(l) return #(l:match("^(%s*)")) end

-- blocks: line i opens, j is the first later line with the same indentation
-- that is a closer; all lines in between are indented more.
local function blocks(ls)
  local r = {}
  for i = 1, #ls - 1 do
    local k = indent(ls[i])
    if ls[i + 1] ~= "" and indent(ls[i + 1]) > k then
      for j = i + 1, #ls do
        local kj = indent(ls[j])
        if kj <= k then
          if kj == k and (ls[j]:match("^%s*end") or ls[j]:match("^%s*until")) then r[#r + 1] = { i, j } end
          break
        end
      end
    end
  end
  return r
end

local function pass_blocks()
  local changed = false
  local bs = blocks(cur)
  for x = #bs, 1, -1 do
    local b = bs[x]
    if b[2] <= #cur then
      if try(without(cur, b[1], b[2])) then changed = true end
    end
  end
  return changed
end

local function pass_unwrap()
  local changed = false
  local bs = blocks(cur)
  for x = #bs, 1, -1 do
    local b = bs[x]
    if b[2] <= #cur then
      local cand = without(without(cur, b[2], b[2]), b[1], b[1])
      if try(cand) then changed = true end
    end
  end
  return changed
end

local function pass_lines()
  local changed = false
  local size = math.max(1, math.floor(#cur / 2))
  while size >= 1 do
    local i = #cur - size + 1
    while i >= 1 do
      if try(without(cur, i, i + size - 1)) then changed = true end
      i = i - size
    end
    if size == 1 then break end
    size = math.floor(size / 2)
  end
  return changed
end

repeat
  local c1 = pass_blocks()
  local c2 = pass_lines()
  local c3 = pass_unwrap()
until not (c1 or c2 or c3) or tests >= MAXTESTS

writefile(OUT, table.concat(cur, "\n") .. "\n")
local _, a, b = check(cur, want)
writefile(OUT:gsub("%.lua$", "") .. ".apogee.out", a or "")
writefile(OUT:gsub("%.lua$", "") .. ".ref.out", b or "")
os.execute("rm -rf " .. dir)
io.stderr:write(string.format("reduce: %d -> %d lines in %d tests; %s\n", #src, #cur, tests, want))

-- Binary chunks read by load() from a function that runs the collector and builds long strings
-- between pieces (issue 13). Expectations checked with LuaJIT: PUC Lua 5.1.5 itself crashes on
-- this (its undump does not anchor what it reads).
local parts = {"local t = {}"}
for j = 1, 150 do
  parts[#parts + 1] = ("t[%d] = function(a) local s%d = 'str%d' .. a; return function() return s%d .. [[long%d]] .. %d.5 end end"):format(j, j, j, j, j, j)
end
parts[#parts + 1] = "local r = 0 for j = 1, #t do r = r + #t[j]('z')() end return r"
local chunk = string.dump(assert(loadstring(table.concat(parts, "\n"))))

local function reader(s, size, how)
  local pos = 0
  return function()
    if how == "full" then
      collectgarbage()
    elseif how == "step" then
      collectgarbage("step")
    elseif how == "concat" then   -- long concatenations reuse the VM's scratch buffers
      local x = string.rep("x", 1000 + pos % 5000)
      x = x .. pos .. x .. x
      collectgarbage("step", 8)
    end
    local piece = s:sub(pos + 1, pos + size)
    pos = pos + size
    return piece
  end
end
local out = {}
for _, how in ipairs{"full", "step", "concat"} do
  for _, size in ipairs{5, 64} do
    local f, e = load(reader(chunk, size, how), "=bin")
    out[#out + 1] = f and f() or e
  end
end
print(table.concat(out, " ")) -- expect: 2526 2526 2526 2526 2526 2526

-- The collector runs while load() reads its chunk from a function (issue 13): everything the
-- compiler holds (prototypes, constant tables, strings, names) must stay reachable.
local src = "local a = function () x = 'hi' end; return 42"
local i = 0
local f = load(function() collectgarbage(); i = i + 1; return src:sub(i, i) end, "m")
print(f()) -- expect: 42

-- A reader that runs the collector in different ways, returning pieces of a given size.
local function reader(s, size, how)
  local pos = 0
  return function()
    if how == "full" then
      collectgarbage()
    elseif how == "step" then
      collectgarbage("step")
    elseif how == "garbage" then
      local t = {}
      for j = 1, 50 do t[j] = {tostring(j) .. "g", j} end
      collectgarbage("step", 4)
    end
    local piece = s:sub(pos + 1, pos + size)
    pos = pos + size
    return piece
  end
end
local function run(s, size, how)
  local g, e = load(reader(s, size, how), "=reader")
  if not g then return e end
  return g()
end

-- nested functions, upvalues, locals, a name read right after a function's `end`
src = [[
local up = 'up'
local function outer(a)
  local inner = function(b) return a .. b .. up end
  return inner
end
local t = { name = function() return 'n' end, other = 'o' }
return outer('x')('y') .. t.name() .. t.other
]]
local out = {}
for _, how in ipairs{"full", "step", "garbage"} do
  out[#out + 1] = run(src, 1, how)
  out[#out + 1] = run(src, 5, how)
end
print(table.concat(out, " ")) -- expect: xyupno xyupno xyupno xyupno xyupno xyupno

-- many distinct string and number constants, and long strings across pieces
local parts = {"local t = {"}
for j = 1, 400 do parts[#parts + 1] = ("'s%d', %d.25, [==[long\n%d]==],"):format(j, j, j) end
parts[#parts + 1] = "} local n, c = 0, 0 for j = 1, #t do if type(t[j]) == 'string' then "
parts[#parts + 1] = "n = n + #t[j] else c = c + t[j] end end return #t, n, c"
src = table.concat(parts)
print(run(src, 7, "full")) -- expect: 1200	4584	80300
print(run(src, 13, "garbage")) -- expect: 1200	4584	80300

-- finalizers that compile code themselves run while the chunk is read
local compiled = 0
local function churn()
  for _ = 1, 20 do
    local p = newproxy(true)
    getmetatable(p).__gc = function()
      local g = loadstring("return 'fin' .. " .. compiled)
      if g and g() == "fin" .. compiled then compiled = compiled + 1 end
    end
  end
end
local pos = 0
src = "local s = 'a' for j = 1, 10 do s = s .. 'b' end return s, function() return 'c' end"
local g = load(function() churn(); collectgarbage(); pos = pos + 3; return src:sub(pos - 2, pos) end)
local s, h = g()
print(s, h(), compiled > 0) -- expect: abbbbbbbbbb	c	true

-- a sizeable program (about 60 KB) read in pieces of 64 bytes, a full collection before each
parts = {}
for j = 1, 600 do
  parts[#parts + 1] = ([[
do local function f%d(x)
  local name = "value %d"
  if x > %d then return name .. x else return #name + x + %d.5 end
end
acc = acc + f%d(%d) + #tostring(f%d(%d)) end
]]):format(j, j, j, j, j, j % 7, j, j + 1000)
end
src = "acc = 0\n" .. table.concat(parts) .. "return acc"
print(#src > 60000, run(src, 64, "full")) -- expect: true	195384

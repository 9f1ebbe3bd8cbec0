-- Library functions that may run Lua code on the thread of the trace, called from compiled code
-- (FF_CCALLLUA: table.sort, string.gsub, tostring; and gmatch's step, a C closure made for each
-- gmatch): results as the interpreter's, locals changed by that code through upvalues seen after
-- the call, errors raised in it caught around the loop, and the Lua code it runs while the loop
-- is being recorded not recorded into the loop's trace.
jit.opt.start("hotloop=2", "hotexit=2")

-- sort with a comparison that counts its calls in a local of the loop's function.
do
  local cmps, acc = 0, 0
  for i = 1, 40 do
    local t = { 5, 3, i, 1, 8 }
    local before = cmps
    table.sort(t, function(a, b) cmps = cmps + 1; return a > b end)
    acc = acc + t[1] * 100 + t[5] + (cmps - before > 0 and 1 or 0)
  end
  print(acc > 0, acc % 100000, cmps > 40) -- expect: true	84880	true
end

-- sort of tables compared by __lt, and sort without a comparison.
do
  local mt = { __lt = function(a, b) return a.v < b.v end }
  local s = 0
  for i = 1, 30 do
    local t = {}
    for j = 1, 6 do t[j] = setmetatable({ v = (i * j * 7) % 11 }, mt) end
    table.sort(t)
    local u = { 9, i, 4, 30 - i }
    table.sort(u)
    s = s + t[1].v + t[6].v * 10 + u[1] + u[4] * 100
  end
  print(s) -- expect: 70225
end

-- An invalid order function: the error reaches the pcall around the loop.
do
  local function run()
    local n = 0
    for i = 1, 30 do
      local t = { 3, 1, 2, 5, 4, 9, 7, 8, 6, 10, 12, 11 }
      if i == 25 then table.sort(t, function(a, b) return true end) else table.sort(t) end
      n = n + t[1]
    end
    return n
  end
  local ok, e = pcall(run)
  print(ok, (string.gsub(tostring(e), "^.-:%d+: ", ""))) -- expect: false	invalid order function for sorting
end

-- gsub with a function, a table with __index, and a string as the replacement.
do
  local calls, total = 0, 0
  local rep = setmetatable({}, { __index = function(_, k) calls = calls + 1; return k:upper() end })
  for i = 1, 40 do
    local a, n1 = ("x1y22z333"):gsub("%d+", function(d) calls = calls + 1; return #d + i end)
    local b, n2 = ("ab cd ef"):gsub("%a+", rep)
    local c, n3 = ("k=v"):gsub("(%w)=(%w)", "%2=%1")
    total = total + #a + n1 + #b + n2 + #c + n3
    if i == 40 then print(a, b, c) end -- expect: x41y42z43	AB CD EF	v=k
  end
  print(total, calls) -- expect: 1059	240
end

-- An error in gsub's function.
do
  local ok, e = pcall(function()
    local s = 0
    for i = 1, 30 do
      s = s + #(("abc"):gsub("b", function() if i == 20 then error("stop " .. i, 0) end return "bb" end))
    end
    return s
  end)
  print(ok, e) -- expect: false	stop 20
end

-- gmatch in a loop: a new iterator each time, the same trace.
do
  local text = "one two three four five six"
  local words, letters = 0, 0
  for _ = 1, 50 do
    for w in text:gmatch("%a+") do words = words + 1; letters = letters + #w end
  end
  print(words, letters) -- expect: 300	1100
end

-- tostring of tables with __tostring, and of numbers, in one loop.
do
  local mt = { __tostring = function(t) return "T" .. t.n end }
  local out = {}
  for i = 1, 40 do
    local v = (i % 2 == 0) and setmetatable({ n = i }, mt) or i
    out[i] = tostring(v)
  end
  print(out[1], out[2], out[39], out[40]) -- expect: 1	T2	39	T40
end

-- The comparison has a loop of its own that gets hot while the outer loop is recorded.
do
  local function weight(x)
    local w = 0
    for k = 1, 20 do w = w + (x * k) % 7 end
    return w
  end
  local s = 0
  for i = 1, 30 do
    local t = { i, i + 1, i + 2, i + 3 }
    table.sort(t, function(a, b) return weight(a) < weight(b) end)
    s = s + t[1] * 1000 + t[4]
  end
  print(s) -- expect: 489543
end

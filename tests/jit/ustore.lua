-- Stores of objects (tables, strings, functions) into upvalues from compiled loops: the store
-- takes the collector's forward barrier when the upvalue is closed and black, as USET does,
-- so an object reachable only through the upvalue survives the collection steps that the
-- loop's own garbage sets off (with AddressSanitizer, a missing barrier is a use after free).
jit.opt.start("hotloop=2", "hotexit=2")
collectgarbage("setpause", 50)
collectgarbage("setstepmul", 400)
local a0 = jit.util.naborts()
local function mk()
  local up
  return function(v) up = v end, function() return up end
end
local set, get = mk()
local ok = 0
for i = 1, 20000 do
  set({ i, "v" .. i })
  local junk = { i, i, i, {} }
  local v = get()
  if v[1] == i and v[2] == "v" .. i and junk[4] then ok = ok + 1 end
end
print(ok) -- expect: 20000

-- An upvalue written directly in the loop (the closure's own), with strings made in the trace.
local last
local function run(n)
  local junk
  for i = 1, n do
    last = "s" .. i
    junk = { last }
  end
  return last, junk[1]
end
print(run(20000)) -- expect: s20000	s20000

-- A table, nil and numbers in turn (the value's type changes).
local cb
local function store(i)
  if i % 3 == 0 then cb = { i }
  elseif i % 3 == 1 then cb = i else cb = nil end
end
local s = 0
for i = 1, 6000 do
  store(i)
  local junk = { {}, {} }
  if type(cb) == "table" then s = s + cb[1] elseif cb then s = s + cb end
end
print(s, jit.util.naborts() - a0) -- expect: 12002000	0

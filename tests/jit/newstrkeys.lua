-- Stores of string keys a table does not have yet (object constructors, records filled in a
-- loop): NEWREF inserts the key when the table has a free node, else the trace exits and the
-- interpreter grows the table. Results are compared with what the interpreter computes.
jit.opt.start("hotloop=1")

local names = {"n0", "n1", "n2"}
local function make(n)
  local list = {}
  for i = 1, n do
    local o = {}
    o.id = i
    o.name = names[i % 3 + 1]
    o.next = list[i - 1]
    list[i] = o
  end
  return list
end
local l = make(50)
print(l[50].id, l[50].name, l[50].next.id, l[1].next) -- expect: 50	n2	49	nil

-- One table gaining keys: room for some, then growth.
local function addkeys(t, n)
  for i = 1, n do
    t.a = i
    t.b = i * 2
    t.c = t.a + t.b
    t.d = t.c
    t.e = t.d
  end
  return t
end
local t = addkeys({}, 5)
print(t.a, t.b, t.c, t.d, t.e) -- expect: 5	10	15	15	15

-- Constructor tables with a metatable that has no __newindex.
local P = {}
P.__index = P
function P.init(o, x)
  o.x = x
  o.y = x + 1
  return o
end
local objs = {}
for i = 1, 40 do objs[i] = setmetatable({}, P) end
local s = 0
for i = 1, 40 do local o = P.init(objs[i], i) s = s + o.x + o.y end
print(s) -- expect: 1680
-- The collector runs while the tables are made: the keys are kept.
collectgarbage()
local big = make(2000)
collectgarbage()
local cnt = 0
for i = 1, #big do if big[i].name == "n" .. (i % 3) and big[i].id == i then cnt = cnt + 1 end end
print(cnt) -- expect: 2000

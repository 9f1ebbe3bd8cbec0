jit.opt.start("hotloop=1")
-- Metamethods proven absent in compiled code by the metatable's cached-absence bits: a store
-- to a field whose value is nil checks that the metatable has no __newindex, a missing key
-- that it has no __index, a comparison of two tables that it has no __eq. Then the metatable
-- changes under the compiled code: a key added to it (the cache is cleared: the name's slot is
-- looked up instead), and the metamethod itself added: the trace must see it.
local C = {}
C.__index = C
function C.new(x) return setmetatable({ x = x, y = false }, C) end
function C:get() return self.x end

local log = {}
local function run(n, objs)
  local s = 0
  for i = 1, n do
    local o = objs[i % #objs + 1]
    o.z = nil            -- a field holding nil: __newindex consulted
    o.z = i              -- (now not nil: a raw store)
    s = s + o:get() + (o.w or 0)   -- w is missing: __index (C) consulted, C lacks it
    o.z = nil
  end
  return s
end
local objs = {}
for i = 1, 10 do objs[i] = C.new(i) end
print(run(200, objs)) -- expect: 1100
C.extra = 1                            -- clears C's cache bits: the slow path, same results
print(run(200, objs)) -- expect: 1100
C.w = 5                                -- now __index finds w
print(run(200, objs)) -- expect: 2100
C.__newindex = function(t, k, v) log[#log + 1] = k; rawset(t, k, v) end
print(run(200, objs), #log) -- expect: 2100	400
C.__newindex = nil
C.w = nil
print(run(200, objs), #log) -- expect: 1100	400

-- __eq appearing on a metatable that had none.
local E = {}
local a, b = setmetatable({}, E), setmetatable({}, E)
local function cmp(n) local c = 0 for i = 1, n do if a == b then c = c + 1 end end return c end
print(cmp(100)) -- expect: 0
E.__eq = function() return true end
print(cmp(100)) -- expect: 100

-- Closures created in the same scope share the same upvalue.
local function make()
  local v = 0
  local function inc() v = v + 1 end
  local function get() return v end
  return inc, get
end
local inc, get = make()
inc() inc()
print(get()) -- expect: 2
local inc2, get2 = make()
inc2()
print(get(), get2()) -- expect: 2	1

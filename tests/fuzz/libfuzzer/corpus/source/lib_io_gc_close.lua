-- unreferenced files are closed by the collector; data is flushed
local name = os.tmpname()
do
  local f = assert(io.open(name, "w"))
  f:write("flushed by gc")
end
collectgarbage()
collectgarbage()
local f = assert(io.open(name))
print(f:read("*a"))
f:close()
os.remove(name)

-- (expected output, from lua5.1)
-- expect: flushed by gc

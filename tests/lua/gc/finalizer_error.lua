-- an error inside __gc propagates out of the collection that ran it, as in 5.1
local u = newproxy(true)
getmetatable(u).__gc = function() error("in gc") end
u = nil
print(pcall(collectgarbage)) -- expect: false	tests/lua/gc/finalizer_error.lua:3: in gc
print("still usable", 1 + 1) -- expect: still usable	2

-- traceback of another coroutine
local co = coroutine.create(function(x)
  local function inner() coroutine.yield(1) end
  inner()
end)
coroutine.resume(co)
print(debug.traceback(co))
print(debug.traceback(co, "co msg"))
print(debug.traceback(co, "lvl", 1))

-- (expected output, from lua5.1)
-- expect: stack traceback:
-- expect: 	[C]: in function 'yield'
-- expect: 	tests/lua/lib/debug/traceback_thread.lua:3: in function 'inner'
-- expect: 	tests/lua/lib/debug/traceback_thread.lua:4: in function <tests/lua/lib/debug/traceback_thread.lua:2>
-- expect: co msg
-- expect: stack traceback:
-- expect: 	[C]: in function 'yield'
-- expect: 	tests/lua/lib/debug/traceback_thread.lua:3: in function 'inner'
-- expect: 	tests/lua/lib/debug/traceback_thread.lua:4: in function <tests/lua/lib/debug/traceback_thread.lua:2>
-- expect: lvl
-- expect: stack traceback:
-- expect: 	tests/lua/lib/debug/traceback_thread.lua:3: in function 'inner'
-- expect: 	tests/lua/lib/debug/traceback_thread.lua:4: in function <tests/lua/lib/debug/traceback_thread.lua:2>

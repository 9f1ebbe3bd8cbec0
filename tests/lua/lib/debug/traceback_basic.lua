-- debug.traceback: message, levels and 5.1 line formats
local function f()
  print(debug.traceback("msg"))
end
local function g() f() end
g()
print(debug.traceback())
print(debug.traceback("here", 1))
print(debug.traceback("top", 2))
print(debug.traceback(nil))
print(debug.traceback(42))
local t = {}
print(debug.traceback(t) == t)

-- (expected output, from lua5.1)
-- expect: msg
-- expect: stack traceback:
-- expect: 	tests/lua/lib/debug/traceback_basic.lua:3: in function 'f'
-- expect: 	tests/lua/lib/debug/traceback_basic.lua:5: in function 'g'
-- expect: 	tests/lua/lib/debug/traceback_basic.lua:6: in main chunk
-- expect: 	[C]: ?
-- expect: stack traceback:
-- expect: 	tests/lua/lib/debug/traceback_basic.lua:7: in main chunk
-- expect: 	[C]: ?
-- expect: here
-- expect: stack traceback:
-- expect: 	tests/lua/lib/debug/traceback_basic.lua:8: in main chunk
-- expect: 	[C]: ?
-- expect: top
-- expect: stack traceback:
-- expect: 	[C]: ?
-- expect: nil
-- expect: 42
-- expect: stack traceback:
-- expect: 	tests/lua/lib/debug/traceback_basic.lua:11: in main chunk
-- expect: 	[C]: ?
-- expect: true

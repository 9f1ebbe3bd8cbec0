-- long stacks are cut: 12 first levels, "...", then the last 10
local function rec(n)
  if n == 0 then return debug.traceback("deep") end
  local s = rec(n - 1)
  return s
end
print(rec(30))
print(rec(15))

-- (expected output, from lua5.1)
-- expect: deep
-- expect: stack traceback:
-- expect: 	tests/lua/lib/debug/traceback_deep.lua:3: in function 'rec'
-- expect: 	tests/lua/lib/debug/traceback_deep.lua:4: in function 'rec'
-- expect: 	tests/lua/lib/debug/traceback_deep.lua:4: in function 'rec'
-- expect: 	tests/lua/lib/debug/traceback_deep.lua:4: in function 'rec'
-- expect: 	tests/lua/lib/debug/traceback_deep.lua:4: in function 'rec'
-- expect: 	tests/lua/lib/debug/traceback_deep.lua:4: in function 'rec'
-- expect: 	tests/lua/lib/debug/traceback_deep.lua:4: in function 'rec'
-- expect: 	tests/lua/lib/debug/traceback_deep.lua:4: in function 'rec'
-- expect: 	tests/lua/lib/debug/traceback_deep.lua:4: in function 'rec'
-- expect: 	tests/lua/lib/debug/traceback_deep.lua:4: in function 'rec'
-- expect: 	tests/lua/lib/debug/traceback_deep.lua:4: in function 'rec'
-- expect: 	...
-- expect: 	tests/lua/lib/debug/traceback_deep.lua:4: in function 'rec'
-- expect: 	tests/lua/lib/debug/traceback_deep.lua:4: in function 'rec'
-- expect: 	tests/lua/lib/debug/traceback_deep.lua:4: in function 'rec'
-- expect: 	tests/lua/lib/debug/traceback_deep.lua:4: in function 'rec'
-- expect: 	tests/lua/lib/debug/traceback_deep.lua:4: in function 'rec'
-- expect: 	tests/lua/lib/debug/traceback_deep.lua:4: in function 'rec'
-- expect: 	tests/lua/lib/debug/traceback_deep.lua:4: in function 'rec'
-- expect: 	tests/lua/lib/debug/traceback_deep.lua:4: in function 'rec'
-- expect: 	tests/lua/lib/debug/traceback_deep.lua:7: in main chunk
-- expect: 	[C]: ?
-- expect: deep
-- expect: stack traceback:
-- expect: 	tests/lua/lib/debug/traceback_deep.lua:3: in function 'rec'
-- expect: 	tests/lua/lib/debug/traceback_deep.lua:4: in function 'rec'
-- expect: 	tests/lua/lib/debug/traceback_deep.lua:4: in function 'rec'
-- expect: 	tests/lua/lib/debug/traceback_deep.lua:4: in function 'rec'
-- expect: 	tests/lua/lib/debug/traceback_deep.lua:4: in function 'rec'
-- expect: 	tests/lua/lib/debug/traceback_deep.lua:4: in function 'rec'
-- expect: 	tests/lua/lib/debug/traceback_deep.lua:4: in function 'rec'
-- expect: 	tests/lua/lib/debug/traceback_deep.lua:4: in function 'rec'
-- expect: 	tests/lua/lib/debug/traceback_deep.lua:4: in function 'rec'
-- expect: 	tests/lua/lib/debug/traceback_deep.lua:4: in function 'rec'
-- expect: 	tests/lua/lib/debug/traceback_deep.lua:4: in function 'rec'
-- expect: 	tests/lua/lib/debug/traceback_deep.lua:4: in function 'rec'
-- expect: 	tests/lua/lib/debug/traceback_deep.lua:4: in function 'rec'
-- expect: 	tests/lua/lib/debug/traceback_deep.lua:4: in function 'rec'
-- expect: 	tests/lua/lib/debug/traceback_deep.lua:4: in function 'rec'
-- expect: 	tests/lua/lib/debug/traceback_deep.lua:4: in function 'rec'
-- expect: 	tests/lua/lib/debug/traceback_deep.lua:8: in main chunk
-- expect: 	[C]: ?

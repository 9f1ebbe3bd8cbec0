-- traceback as an xpcall message handler, through a C function
local function lvl3() error("oops") end
local function lvl2() lvl3() end
local function lvl1() lvl2() end
print(xpcall(lvl1, debug.traceback))
print(xpcall(function() local x = nil; return x.y end, debug.traceback))

-- (expected output, from lua5.1)
-- expect: false	tests/lua/lib/debug/traceback_error.lua:2: oops
-- expect: stack traceback:
-- expect: 	[C]: in function 'error'
-- expect: 	tests/lua/lib/debug/traceback_error.lua:2: in function 'lvl3'
-- expect: 	tests/lua/lib/debug/traceback_error.lua:3: in function 'lvl2'
-- expect: 	tests/lua/lib/debug/traceback_error.lua:4: in function <tests/lua/lib/debug/traceback_error.lua:4>
-- expect: 	[C]: in function 'xpcall'
-- expect: 	tests/lua/lib/debug/traceback_error.lua:5: in main chunk
-- expect: 	[C]: ?
-- expect: false	tests/lua/lib/debug/traceback_error.lua:6: attempt to index local 'x' (a nil value)
-- expect: stack traceback:
-- expect: 	tests/lua/lib/debug/traceback_error.lua:6: in function <tests/lua/lib/debug/traceback_error.lua:6>
-- expect: 	[C]: in function 'xpcall'
-- expect: 	tests/lua/lib/debug/traceback_error.lua:6: in main chunk
-- expect: 	[C]: ?

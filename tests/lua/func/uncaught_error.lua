-- An uncaught error ends the script with status 1 and a message on stderr.
print("before") -- expect: before
local function fail() error("boom") end
fail()
print("never printed")
-- expect-exit: 1
-- expect-stderr: apogee: tests/lua/func/uncaught_error.lua:3: boom

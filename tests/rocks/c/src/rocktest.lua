-- rocktest: the pure-Lua half of the test rock, wrapping the C half.
local core = require("rocktest.core")
local M = {}
function M.sum(...)
   local s = 0
   for i = 1, select("#", ...) do s = core.add(s, (select(i, ...))) end
   return s
end
M.headers = core.progname()
return M

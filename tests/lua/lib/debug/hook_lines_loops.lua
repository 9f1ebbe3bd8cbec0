-- Line hook events of loops, as in Lua 5.1 (issue 13): an event when an instruction starts a
-- new line, when control jumps back (every iteration, even on one line) and on entering a
-- function; the instructions Apogee adds (LOOP, CLOSE for breaks, nil loads at a function's
-- start) make none. Expectations from lua5.1.
local function trace(src)
  local f = assert(loadstring(src, "=c"))
  local lines = {}
  debug.sethook(function(event, line)
    local info = debug.getinfo(2, "Sl")
    if info.short_src == "c" then
      -- currentline inside the hook is the line being reported
      lines[#lines + 1] = info.currentline == line and line or line .. "?" .. info.currentline
    end
  end, "l")
  f()
  debug.sethook()
  print(table.concat(lines, " "))
end

-- numeric for on one line: a line event per iteration (the jump back)
trace("for i = 1, 4 do a = i end") -- expect: 1 1 1 1 1
-- numeric for with an empty body
trace("for i = 1, 3 do end") -- expect: 1 1 1 1
-- numeric for that does not run
trace("for i = 3, 1 do a = i end\nb = 2") -- expect: 1 2
-- numeric for over lines
trace("for i = 1, 2 do\n  a = i\nend\nb = 1") -- expect: 1 2 1 2 1 4
-- numeric for whose header spans lines
trace("for i = 1,\n  3 do\n  a = i\nend") -- expect: 1 2 1 3 1 3 1 3 1 4
-- nested numeric fors
trace("for i = 1, 2 do\n  for j = 1, 2 do a = j end\nend") -- expect: 1 2 2 2 1 2 2 2 1 3
-- break out of a numeric for
trace("for i = 1, 10 do\n  if i == 3 then break end\nend\nb = 1") -- expect: 1 2 1 2 1 2 4
-- break on one line
trace("for i = 1, 10 do if i == 3 then break end end b = 1") -- expect: 1 1 1 1
-- a closure over the loop body's local, and a break
trace("for i = 1, 3 do\n  local x = i\n  f = function() return x end\n  if i == 2 then break end\nend\nb = 1") -- expect: 1 2 3 4 1 2 3 4 6
-- generic for on one line
trace("for k, v in ipairs({1, 2, 3}) do a = v end") -- expect: 1 1 1 1
-- generic for over lines
trace("for k, v in ipairs({1, 2, 3}) do\n  a = v\nend\nb = 1") -- expect: 1 2 1 2 1 2 1 4
-- generic for with an empty iteration
trace("for k in pairs({}) do a = 1 end\nb = 2") -- expect: 1 2
-- generic for with a Lua iterator
trace("local function it(s, c) if c < 3 then return c + 1 end end\nfor i in it, nil, 0 do\n  a = i\nend") -- expect: 1 2 1 3 2 1 3 2 1 3 2 1 4
-- generic for with a break and a closure
trace("for k, v in pairs({x = 1}) do\n  local y = v\n  f = function() return y end\n  break\nend\nb = 1") -- expect: 1 2 3 4 6
-- while over lines
trace("local i = 0\nwhile i < 3 do\n  i = i + 1\nend\nb = 1") -- expect: 1 2 3 2 3 2 3 2 5
-- while on one line
trace("local i = 0 while i < 3 do i = i + 1 end") -- expect: 1 1 1 1
-- while whose condition spans lines
trace("local i = 0\nwhile i < 3 and\n  i >= 0 do\n  i = i + 1\nend") -- expect: 1 2 3 4 2 3 4 2 3 4 2 5
-- while true with a break: the while line has no code
trace("local i = 0\nwhile true do\n  i = i + 1\n  if i > 2 then break end\nend\nb = 1") -- expect: 1 3 4 3 4 3 4 6
-- while true on one line
trace("local i = 0 while true do i = i + 1 if i > 2 then break end end") -- expect: 1 1 1
-- while with a closure over the body's local, and a break
trace("local i = 0\nwhile i < 5 do\n  local v = i\n  f = function() return v end\n  i = i + 1\n  if i == 2 then break end\nend\nb = 1") -- expect: 1 2 3 4 5 6 2 3 4 5 6 8
-- repeat: the repeat line has no code
trace("a = 1\nrepeat\n  a = a + 1\nuntil a == 3") -- expect: 1 3 4 3 4
-- repeat on one line
trace("local i = 0 repeat i = i + 1 until i == 3") -- expect: 1 1 1
-- repeat whose condition is on its own line
trace("local i = 0\nrepeat\n  i = i + 1\nuntil\n  i == 3") -- expect: 1 3 5 3 5 3 5
-- repeat with a closure over the body's local
trace("local i = 0\nrepeat\n  local j = i\n  f = function() return j end\n  i = i + 1\nuntil j >= 2") -- expect: 1 3 4 5 6 3 4 5 6 3 4 5 6
-- repeat with a break
trace("local i = 0\nrepeat\n  i = i + 1\n  if i == 2 then break end\nuntil false\nb = 1") -- expect: 1 3 4 5 3 4 6
-- repeat that runs once
trace("repeat until true\nb = 1") -- expect: 2
-- nested while and repeat
trace("local i = 0\nwhile i < 2 do\n  local j = 0\n  repeat\n    j = j + 1\n  until j == 2\n  i = i + 1\nend") -- expect: 1 2 3 5 6 5 6 7 2 3 5 6 5 6 7 2 8

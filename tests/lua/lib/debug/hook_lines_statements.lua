-- Line hook events of branches, returns, calls and expressions spanning lines, and function
-- statements, as in Lua 5.1 (issue 13). Expectations from lua5.1.
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

-- if/else
trace("local x = 1\nif x == 1 then\n  a = 1\nelse\n  a = 2\nend\nb = 1") -- expect: 1 2 3 7
-- if/elseif/else
trace("local x = 2\nif x == 1 then\n  a = 1\nelseif x == 2 then\n  a = 2\nelse\n  a = 3\nend") -- expect: 1 2 4 5 8
-- if/elseif/else on one line
trace("local x = 3\nif x == 1 then a = 1 elseif x == 2 then a = 2 else a = 3 end") -- expect: 1 2
-- if whose condition spans lines
trace("local x = 1\nif x == 1\n  and x > 0\nthen\n  a = 1\nend") -- expect: 1 2 3 5 6
-- if not taken
trace("local x = 1\nif not x then\n  a = 1\nend\nb = 2") -- expect: 1 2 5
-- return from a function
trace("local function f(a)\n  if a then\n    return 1\n  end\n  return 2\nend\nf(true) f(false)") -- expect: 6 7 2 3 2 5
-- return of values over lines
trace("local function f()\n  return 1,\n    2,\n    3\nend\nf()") -- expect: 5 6 2 3 4
-- return of a call whose arguments span lines
trace("local function g(x) return x end\nlocal function f(x)\n  return g(\n    x)\nend\nf(1)") -- expect: 1 5 6 3 4 3 1
-- return at the main chunk's end
trace("local t = {}\nfor i = 1, 3 do t[i] = i end\nreturn t") -- expect: 1 2 2 2 2 3
-- a call whose arguments span lines
trace("local function f() end\nf()\nf(1,\n  2)") -- expect: 1 2 1 3 4 3 1 4
-- a table constructor and an expression over lines
trace("local t = {\n 1,\n 2,\n 3\n}\nlocal z = 1 +\n 2") -- expect: 1 2 3 5 7
-- method calls chained over lines
trace("local s = ('a'):rep(2)\n  :upper()\n  :lower()") -- expect: 1 2 3
-- a method call whose argument is on the next line
trace("local t = {f = function(self, x) return x end}\nlocal v = t:f(\n  1)") -- expect: 1 2 3 2 1 3
-- arithmetic and concatenation over lines
trace("local x = 1 +\n  2 *\n  3\nlocal y = x\n  .. 'a'") -- expect: 3 5
-- multiple assignment over lines
trace("local a, b = 1,\n  2\na, b = b,\n  a") -- expect: 1 2 3 4
-- and/or over lines
trace("local x = 1\nlocal y = x == 1 and 'a'\n  or 'b'") -- expect: 1 2 3
-- locals declared at a function's start have no code of their own
trace("local x\nlocal y\nx = 1") -- expect: 3
-- locals at the start of a nested function
trace("local function f(a)\n  local b\n  b = a\n  return b\nend\nf(1)") -- expect: 5 6 3 4
-- global function statements
trace("function G1()\n  return 1\nend\nG1()\nG1 = nil") -- expect: 3 1 4 2 5
-- function statements on fields and methods
trace("local t = {}\nfunction t.m()\n  return 1\nend\nfunction t:n()\n  return 2\nend\nt.m() t:n()") -- expect: 1 4 2 7 5 8 3 6
-- a function statement on a local, without upvalues
trace("local f\nfunction f()\n  return 1\nend\nf()") -- expect: 2 5 3
-- a function statement on a local, with an upvalue
trace("local u, f = 1\nfunction f()\n  return u\nend\nf()") -- expect: 1 4 5 3
-- do block with a captured local
trace("do local x = 1 f = function() return x end end\nb = 2") -- expect: 1 2
-- varargs
trace("local function v(...)\n  local a, b = ...\n  return select('#', ...)\nend\nv(1, 2)") -- expect: 4 5 2 3
-- a metamethod in Lua
trace("local t = setmetatable({}, {__index = function(t, k)\n  return k\nend})\nlocal v = t.x") -- expect: 1 3 1 4 2

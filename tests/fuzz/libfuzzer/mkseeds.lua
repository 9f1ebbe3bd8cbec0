-- Hand-written seeds for the source, chunk, pattern and format targets (run by mkseeds).
if arg[1] == "--dump" then   -- mkseeds.lua --dump FILE OUT: the chunk seed of FILE
  local f = loadfile(arg[2])
  if f then
    local o = assert(io.open(arg[3], "wb")) o:write(string.dump(f):sub(5)) o:close()
  end
  return
end
local out = arg[1]
local function write(path, s) local f = assert(io.open(out .. "/" .. path, "wb")) f:write(s) f:close() end

local progs = {
  "local t = setmetatable({}, {__index = function(t, k) return k * 2 end}) return t[21]",
  "local co = coroutine.wrap(function(...) local a = coroutine.yield(...) return a end) co(1, 2) return co(3)",
  "local s = string.rep('ab', 10) return s:gsub('(a)(b)', '%2%1'), s:find('b', 3, true)",
  "local function f(n) if n == 0 then return 0 end return f(n - 1) + 1 end return f(100)",
  "return pcall(error, setmetatable({}, {__tostring = function() return 'x' end}))",
  "local a, b, c = ... for i = 1, 10, 2 do a = (a or 0) + i end while a > 0 do a = a - 7 end repeat b = 1 until b return a .. ''",
  "local t = {} for i = 1, 100 do t[i] = i end table.sort(t, function(x, y) return x > y end) return table.concat(t, ',', 1, 10)",
  "return string.format('%5.2f %q %s %d', 1/3, 'a\\0b\\n', {}, 7)",
  "local f = loadstring(string.dump(function(x) return x + 1 end)) return f(1)",
  "local x = newproxy(true) getmetatable(x).__gc = function() end x = nil collectgarbage()",
  "return select('#', unpack({1, nil, 3}, 1, 3)), select(-1, 1, 2, 3)",
  "local t = setmetatable({}, {__mode = 'k'}) t[{}] = 1 collectgarbage() return next(t)",
  "return math.fmod(7, 3), math.huge // 1",
  "goto = 1 return goto",
  "local a <const> = 1",
  "return [==[ long ]] string ]==] .. #[[x]] .. 0x1p4",
  "local function v(...) return ... end return v(v(1, 2), v(3, 4))",
  "debug.setmetatable(1, {__index = math}) return (2):sqrt()",
  "return xpcall(function() return nil + 1 end, debug.traceback)",
  "return tostring(0/0), tostring(-0), 2^53 + 1, -2^63, 1e309",
}
for i, p in ipairs(progs) do write("source/hand" .. i .. ".lua", p) end

local pats = {
  "%a+", "%d+", "%s+", "%w+", "%p", "(%a+)", "(%w+)=(%w+)", "^%s*(.-)%s*$", "%b()", "%f[%w]%w+",
  "(.)%1", ".-", "a*", "a-", "a?b", "()", "()a()", "[%a_][%w_]*", "[]]", "[^]]", "[a%-z]",
  "%f[%z]", "[%z]", "%z", "(a+)(b*)", "x*$", "((a)(b))", "%", "[a", "(()", "%1", "[%w-z]", "%g",
}
local subjs = { "", "hello world", "key=val; k2=v2", "(nested (parens))", "a\0b\0c", "aaab", "xyz",
  "The quick brown fox", "[brackets]", "a.b.c" }
for i, p in ipairs(pats) do
  local subj = subjs[(i - 1) % #subjs + 1]
  local repl = ({ "%1", "%0%0", "x", "%%", "<%2>", "" })[(i - 1) % 6 + 1]
  local op = (i * 5) % 256
  write("pattern/seed" .. i, string.char(op, #p, #repl, ((i % 5) - 2) % 256) .. p .. repl .. subj)
end

-- format: [nargs][type bytes + payload...][format]
local function num(idx) return string.char(3, idx) end
local function str(s) return string.char(6, #s) .. s end
local fmts = {
  { "%d %s %5.2f", num(2) .. str("abc") .. num(20) },
  { "%q", str("a\0b\n\"\\\r") },
  { "%-10s|%10s|", str("x") .. str("yy") },
  { "%x %X %o %c", num(23) .. num(24) .. num(25) .. num(22) },
  { "%e %E %g %G %.3g", num(5) .. num(6) .. num(7) .. num(8) .. num(9) },
  { "%i %u %+d % d %05d", num(10) .. num(11) .. num(12) .. num(13) .. num(14) },
  { "%.20f %.99f %#x %#o", num(1) .. num(7) .. num(23) .. num(24) },
  { "%s %s %s %s", string.char(0, 1, 2, 8) },
  { "%d", string.char(7) },
  { "%s", string.char(9) },
  { "%5.1f%%", string.char(4, 0, 0, 0, 0, 0, 0, 0xf0, 0x7f) },
  { "%d %d", string.char(10, 1, 10, 6) },
  { "%123d", num(3) },
  { "%", "" },
  { "%z", num(1) },
  { "%-#0 +5.3s", str("hello") },
}
for i, f in ipairs(fmts) do
  local nargs = 0
  local a = f[2]
  -- count the arguments: every item starts with a type byte; this table only uses known layouts
  local j = 1
  while j <= #a do
    local t = a:byte(j) % 12
    nargs = nargs + 1
    if t == 3 or t == 5 or t == 10 then j = j + 2
    elseif t == 4 then j = j + 9
    elseif t == 6 then j = j + 2 + a:byte(j + 1)
    elseif t == 11 then j = j + 5
    else j = j + 1 end
  end
  write("format/seed" .. i, string.char(nargs) .. a .. f[1])
end

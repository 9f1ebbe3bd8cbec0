-- Apogee differential fuzzer: random, well-defined Lua 5.1 program generator.
-- Usage: lua5.1 tests/fuzz/gen.lua SEED [FLAGS]
-- Prints one program on stdout. The same SEED always gives the same program.
-- FLAGS (optional, comma separated) switch off constructs whose difference is
-- already known, so that new classes are not drowned:
--   nofoldnegzero  never let the compiler constant-fold an expression to -0
--   noquirks       no implementation-defined corners (sort ties, aliasing in
--                  multiple assignment)
--   nonegzerokey   never use a runtime -0 as a table key
--   noandor        no and/or chains in value context (known codegen bug class)
--   noborder       never print `#` of a table with holes (any border is valid;
--                  PUC's choice depends on its number hash: repros/border-holes.lua)
--   nonanadd       never add two runtime NaNs (the sign of NaN + NaN follows the
--                  C compiler's operand order: repros/nan-add-order.lua)
-- Programs are made of independent snippets, each in its own top-level
-- `do ... end` block marked `-- @snippet N` so the reducer can drop whole ones.

local seed = tonumber(arg and arg[1]) or 1
local FLAGS = {}
for f in string.gmatch((arg and arg[2]) or os.getenv("FUZZ_FLAGS") or "", "[%w_]+") do
  FLAGS[f] = true
end

---------------------------------------------------------------------------
-- PRNG (Park-Miller, exact in doubles)
---------------------------------------------------------------------------
local state = (seed * 7919 + 104729) % 2147483646 + 1
local function rnd()
  state = (state * 16807) % 2147483647
  return state
end
for _ = 1, 20 do rnd() end
local function R(n) return rnd() % n + 1 end          -- 1..n
local function RR(a, b) return a + rnd() % (b - a + 1) end -- a..b
local function chance(p) return rnd() % 100000 < p * 100000 end
local function pick(t) return t[R(#t)] end
local function wpick(t) -- {{w, v}, ...}
  local tot = 0
  for i = 1, #t do tot = tot + t[i][1] end
  if tot == 0 then return t[1][2] end
  local x = rnd() % tot
  for i = 1, #t do
    x = x - t[i][1]
    if x < 0 then return t[i][2] end
  end
  return t[#t][2]
end

---------------------------------------------------------------------------
-- Output with indentation
---------------------------------------------------------------------------
local out, ind = {}, 0
local function emit(s) out[#out + 1] = string.rep("  ", ind) .. s end
local function open(s) emit(s); ind = ind + 1 end
local function close(s) ind = ind - 1; emit(s or "end") end

local uid = 0
local function fresh(p) uid = uid + 1; return (p or "v") .. uid end

local function q(s) return string.format("%q", s) end

---------------------------------------------------------------------------
-- Scope of typed locals
---------------------------------------------------------------------------
local scope = {}
local function declare(name, ty) scope[#scope + 1] = { name = name, ty = ty } end
local function mark() return #scope end
local function release(m) for i = #scope, m + 1, -1 do scope[i] = nil end end
local function vars(ty)
  local r = {}
  for i = 1, #scope do if scope[i].ty == ty then r[#r + 1] = scope[i].name end end
  return r
end

---------------------------------------------------------------------------
-- Values
---------------------------------------------------------------------------
local NUMLITS = {
  "0", "1", "2", "3", "7", "10", "100", "255", "256", "1000", "0.5", "1.5", "0.1",
  "0.25", "2.5", "3.14159", "1e10", "1e15", "1e16", "1e100", "1e300", "1e308",
  "1e-300", "1e-308", "5e-324", "123456789012345", "9007199254740992",
  "9007199254740993", "2147483647", "2147483648", "4294967296", "4294967295",
  "0x10", "0xff", "0XA", "1e2", ".5", "5.", "3e0", "65536", "1/3", "2^53", "2^63",
  "2^31", "2^-1074", "1/0", "-1/0", "math.huge", "-math.huge", "math.pi",
  "-1", "-2", "-7", "-0.5", "-1.5", "-100", "-2147483648", "-0", "0.0", "-0.0",
  "1e-5", "12345.678", "0.1 + 0.2", "1 - 1e-16", "4503599627370496.5",
}
-- numeric strings (coerce to numbers)
local NUMSTRS = {
  "10", "-3", "0x1A", " 7 ", "1e2", "3.5", "-0", "0", ".5", "5.", "  0x10  ", "1E1",
  "2147483648", "1e308", "0x7fffffff", "\t42\n", "-2.5e-3", "0xA", "9007199254740993",
}
-- strings that are not numbers or odd-number-like
local ODDSTRS = {
  "", " ", "abc", "0x", "1e", "1e+", "--1", "1 2", "0x1p4", "inf", "nan", "-inf",
  "infinity", "1e500", "0x1P-1", "  ", "1.2.3", "0b101", "1_000", "+5", "+ 5", "0x-1",
  ".", "e5", "5e", "0x1.8p1", "1e-500", "00012", "0x", "- 1", "1,5",
}
local STRLITS = {
  "", "a", "abc", "hello world", "Hello, World!", "  padded  ", "x", "aaa", "abcabc",
  "The quick brown fox", "123", "a1b2c3", "foo.bar", "key=val; k2=v2", "(nested (parens))",
  "tab\there", "line1\nline2", "%d%s", "a,b,,c", "UPPER lower", "\0zero\0", "caf\195\169",
  "[brackets]", "x^2+y^2", "$100.00", "a.b.c.d", "THE END", "mIxEd CaSe", "\1\2\3\127\255",
  "  leading", "trailing  ", "one two  three   four", "10 20 30", "3.14 and 2.71",
}

---------------------------------------------------------------------------
-- Expressions. Each returns code (a parenthesised string when compound).
-- Numeric expressions also return (isconst, value) to track what the
-- compiler may fold.
---------------------------------------------------------------------------
local numexpr, strexpr, boolexpr, anyexpr

local function isnegzero(v) return v == 0 and 1 / v < 0 end

local function litval(s)
  local f = loadstring("return " .. s)
  local ok, v = pcall(f)
  return v
end

local function numleaf()
  local vs = vars("num")
  local k = R(10)
  if k <= 4 and #vs > 0 then return pick(vs), false end
  if k == 5 then return "tonumber(" .. q(pick(NUMSTRS)) .. ")", false end
  if k == 6 then
    local vs2 = vars("str")
    if #vs2 > 0 then return "(#" .. pick(vs2) .. ")", false end
  end
  local s = pick(NUMLITS)
  if FLAGS.nofoldnegzero and (s == "-0" or s == "-0.0") then s = "0" end
  local simple = s:match("^[%d%.xXa-fA-F]+$") or s:match("^%d+[eE]%-?%d+$")
  local v = litval(s)
  local const = not s:find("math") and v == v and v ~= 1/0 and v ~= -1/0
  if s:find("/0") then const = false end
  if simple then return s, const, v end
  return "(" .. s .. ")", const, v
end

local ARITH = { "+", "-", "*", "/", "%", "^" }

local function fold(op, a, b)
  if op == "+" then return a + b elseif op == "-" then return a - b
  elseif op == "*" then return a * b elseif op == "/" then return a / b
  elseif op == "%" then return a % b else return a ^ b end
end

numexpr = function(d)
  d = d or 2
  if d <= 0 or chance(0.25) then return numleaf() end
  local k = R(20)
  if k <= 8 then
    local op = pick(ARITH)
    local a, ac, av = numexpr(d - 1)
    local b, bc, bv = numexpr(d - 1)
    if op == "^" and chance(0.6) then b, bc, bv = pick({ "2", "0.5", "3", "-1", "0", "10", "1/3" }), true, nil; bv = litval(b); b = "(" .. b .. ")" end
    if op == "+" and FLAGS.nonanadd and not ac and not bc then b = "nn(" .. b .. ")" end
    if ac and bc then
      local noFold = (op == "/" or op == "%") and bv == 0
      local r = fold(op, av, bv)
      if r ~= r then noFold = true end
      if not noFold and FLAGS.nofoldnegzero and isnegzero(r) then
        return "(N(" .. a .. ") " .. op .. " " .. b .. ")", false
      end
      if not noFold then return "(" .. a .. " " .. op .. " " .. b .. ")", true, r end
    end
    return "(" .. a .. " " .. op .. " " .. b .. ")", false
  elseif k == 9 then
    local a, ac, av = numexpr(d - 1)
    if ac then
      local r = -av
      if FLAGS.nofoldnegzero and isnegzero(r) then return "(-N(" .. a .. "))", false end
      return "(-" .. a .. ")", true, r
    end
    return "(-" .. a .. ")", false
  elseif k == 10 then
    local f = pick({ "math.floor", "math.ceil", "math.abs", "math.sqrt", "math.exp", "math.log",
      "math.log10", "math.sin", "math.cos", "math.tan", "math.atan", "math.sinh", "math.cosh",
      "math.tanh", "math.deg", "math.rad", "math.asin", "math.acos" })
    local a = numexpr(d - 1)
    if f == "math.sqrt" or f == "math.log" or f == "math.log10" then a = "math.abs(" .. a .. ")" end
    if f == "math.asin" or f == "math.acos" then a = "math.sin(" .. a .. ")" end
    if f == "math.exp" or f == "math.sinh" or f == "math.cosh" then a = "math.fmod(" .. a .. ", 50)" end
    return f .. "(" .. a .. ")", false
  elseif k == 11 then
    local f = pick({ "math.max", "math.min", "math.fmod", "math.pow", "math.atan2", "math.ldexp", "math.mod" })
    local a, b = numexpr(d - 1), numexpr(d - 1)
    if f == "math.max" or f == "math.min" then
      local n = R(3)
      local args = { "nn(" .. a .. ")" }
      for i = 1, n do args[#args + 1] = "nn(" .. numexpr(d - 1) .. ")" end
      return f .. "(" .. table.concat(args, ", ") .. ")", false
    end
    if f == "math.ldexp" then b = pick({ "0", "1", "-1", "10", "52", "-1074", "1024", "3" }) end
    return f .. "(" .. a .. ", " .. b .. ")", false
  elseif k == 12 then
    return "(" .. q(pick(NUMSTRS)) .. " " .. pick(ARITH) .. " " .. numexpr(d - 1) .. ")", false
  elseif k == 13 then
    return "(" .. boolexpr(d - 1) .. " and " .. numexpr(d - 1) .. " or " .. numexpr(d - 1) .. ")", false
  elseif k == 14 then
    return "(#" .. strexpr(d - 1) .. ")", false
  elseif k == 15 then
    return "select(2, math.modf(" .. numexpr(d - 1) .. "))", false
  elseif k == 16 then
    return "math.modf(" .. numexpr(d - 1) .. ")", false
  elseif k == 17 then
    return "(tonumber(" .. strexpr(d - 1) .. ") or " .. numexpr(d - 1) .. ")", false
  elseif k == 18 then
    return "select('#', " .. anyexpr(d - 1) .. ", " .. anyexpr(d - 1) .. ")", false
  elseif k == 19 then
    local s = strexpr(d - 1)
    return "(string.byte(" .. s .. ", " .. pick({ "1", "-1", "2", "3" }) .. ") or -1)", false
  else
    return "(math.frexp(" .. numexpr(d - 1) .. "))", false
  end
end

local PATS = {
  "%a+", "%d+", "%s+", "%w+", "%p", "%l+", "%u+", "%x+", "%c", "[aeiou]", "[^%s]+",
  "(%a+)", "(%d+)", "(%w+)=(%w+)", "^%s*(.-)%s*$", "%b()", "%f[%w]%w+", "(.)%1", ".-",
  "a*", "a-", "a?b", ".", "(h)(e)", "()", "()a()", "[%a_][%w_]*", "%.", "%%", "[a-c]+",
  "^a", "c$", "^$", "[]]", "[^]]", "[%]]", "[a%-z]", "%S+", "%D", "(o)", "l+", "[%d%.]+",
  "%f[%a]", "%f[%z]", "[%z]", "%z", "(%a)(%a*)", "^(%d+)%.?(%d*)$", ".?", "[x-]", "[-x]",
  "%w-%.", "([^,]*)", "(a+)(b*)", "x*$",
}
local FMTS = {
  "%d", "%5d", "%-5d|", "%05d", "%+d", "%x", "%X", "%#x", "%o", "%e", "%.3e", "%E", "%g",
  "%.3g", "%10.4f", "%-10.2f|", "%.0f", "%f", "%5.1f", "%G", "%i", "%u", "%c", "% d", "%.20f",
  "%#o", "%.14g", "%.17g", "%a",
}

local function fmtcall(d)
  local f = pick(FMTS)
  local arg
  if f == "%c" then arg = tostring(RR(32, 126))
  elseif f == "%a" then return "string.format('%s', 'a')"
  else arg = numexpr(d) end
  if f:find("[dixXouc]") then arg = "nn(math.fmod(nn(" .. arg .. "), 2^50))" end
  return "string.format(" .. q("<" .. f .. ">") .. ", " .. arg .. ")"
end

strexpr = function(d)
  d = d or 2
  local vs = vars("str")
  if d <= 0 or chance(0.2) then
    if #vs > 0 and chance(0.5) then return pick(vs) end
    return q(pick(STRLITS))
  end
  local k = R(22)
  local s = strexpr(d - 1)
  if k == 1 then return "string.upper(" .. s .. ")"
  elseif k == 2 then return "string.lower(" .. s .. ")"
  elseif k == 3 then return "string.reverse(" .. s .. ")"
  elseif k == 4 then return "string.rep(" .. s .. ", " .. pick({ "0", "1", "2", "3", "-1", "2.7" }) .. ")"
  elseif k == 5 then
    local i = pick({ "1", "2", "-1", "-3", "0", "10", "-100", "3", "2.5", "'2'" })
    if chance(0.5) then return "string.sub(" .. s .. ", " .. i .. ")" end
    return "string.sub(" .. s .. ", " .. i .. ", " .. pick({ "1", "2", "-1", "-2", "0", "100", "4", "-10" }) .. ")"
  elseif k == 6 then return "(" .. s .. " .. " .. strexpr(d - 1) .. ")"
  elseif k == 7 then return "(" .. s .. " .. " .. numexpr(d - 1) .. ")"
  elseif k == 8 then return "tostring(" .. numexpr(d - 1) .. ")"
  elseif k == 9 then return fmtcall(d - 1)
  elseif k == 10 then
    return "(string.match(" .. s .. ", " .. q(pick(PATS)) .. ") or 'nomatch')"
  elseif k == 11 then
    local repl = pick({ "'<%0>'", "'%1%1'", "'[%%]'", "''", "'x'", "'%a'", "{a='A', b=false}",
      "function(c) return tostring(c):upper() end", "function() end", "'%2'" })
    local p = pick(PATS)
    local hascap = p:find("%(") and not p:find("%(%)")
    if repl == "'%1%1'" and not hascap then p = "(" .. p .. ")" end
    if repl == "'%2'" then p = "(.)(.)" end
    local n = chance(0.3) and (", " .. pick({ "0", "1", "2", "-1", "1.5" })) or ""
    return "(string.gsub(" .. s .. ", " .. q(p) .. ", " .. repl .. n .. "))"
  elseif k == 12 then
    local n = {}
    for i = 1, R(4) do n[i] = tostring(pick({ RR(32, 126), RR(0, 255), 65, 97 })) end
    return "string.char(" .. table.concat(n, ", ") .. ")"
  elseif k == 13 then
    return "string.format('%q', " .. s .. ")"
  elseif k == 14 then
    return "string.format(" .. q(pick({ "%s|%s", "%5s|%-5s", "%.2s:%s", "[%10.3s]%s" })) .. ", " .. s .. ", " .. strexpr(d - 1) .. ")"
  elseif k == 15 then
    return "(" .. boolexpr(d - 1) .. " and " .. s .. " or " .. strexpr(d - 1) .. ")"
  elseif k == 16 then
    return "table.concat({" .. s .. ", " .. numexpr(d - 1) .. ", " .. strexpr(d - 1) .. "}, " .. q(pick({ ",", "", " - " })) .. ")"
  elseif k == 17 then
    return "(" .. s .. "):" .. pick({ "upper()", "lower()", "rep(2)", "sub(2)", "reverse()", "rep(3)" })
  elseif k == 18 then
    return "tostring(" .. boolexpr(d - 1) .. ")"
  elseif k == 19 then
    return "type(" .. anyexpr(d - 1) .. ")"
  elseif k == 20 then
    return "(" .. numexpr(d - 1) .. " .. '')"
  elseif k == 21 then
    return "string.format('%s', " .. numexpr(d - 1) .. ")"
  else
    return "(" .. q(pick(ODDSTRS)) .. " .. " .. s .. ")"
  end
end

local CMP = { "<", "<=", ">", ">=", "==", "~=" }
boolexpr = function(d)
  d = d or 2
  local vs = vars("bool")
  if d <= 0 or chance(0.15) then
    if #vs > 0 and chance(0.5) then return pick(vs) end
    return pick({ "true", "false", "nil == nil", "not nil" })
  end
  local k = R(9)
  if k <= 3 then
    return "(nn(" .. numexpr(d - 1) .. ") " .. pick(CMP) .. " nn(" .. numexpr(d - 1) .. "))"
  elseif k == 4 then
    return "(" .. strexpr(d - 1) .. " " .. pick(CMP) .. " " .. strexpr(d - 1) .. ")"
  elseif k == 5 then
    return "(" .. boolexpr(d - 1) .. " " .. pick({ "and", "or", "==", "~=" }) .. " " .. boolexpr(d - 1) .. ")"
  elseif k == 6 then
    return "(not " .. boolexpr(d - 1) .. ")"
  elseif k == 7 then
    return "(string.find(" .. strexpr(d - 1) .. ", " .. q(pick(PATS)) .. ") ~= nil)"
  elseif k == 8 then
    return "(" .. anyexpr(d - 1) .. " == " .. anyexpr(d - 1) .. ")"
  else
    return "rawequal(" .. strexpr(d - 1) .. ", " .. strexpr(d - 1) .. ")"
  end
end

anyexpr = function(d)
  local k = R(6)
  if k <= 2 then return numexpr(d) elseif k <= 4 then return strexpr(d)
  elseif k == 5 then return boolexpr(d) else return "nil" end
end

---------------------------------------------------------------------------
-- Statements printing values
---------------------------------------------------------------------------
local function printexprs(gen, n)
  local es = {}
  for i = 1, n or R(3) do es[i] = gen(RR(1, 3)) end
  if chance(0.5) then emit("print(" .. table.concat(es, ", ") .. ")")
  else emit("P(" .. table.concat(es, ", ") .. ")") end
end

local function declnum()
  local n = fresh("n")
  emit("local " .. n .. " = " .. numexpr(2))
  declare(n, "num")
end
local function declstr()
  local n = fresh("s")
  emit("local " .. n .. " = " .. strexpr(2))
  declare(n, "str")
end

---------------------------------------------------------------------------
-- Snippets
---------------------------------------------------------------------------
local S = {}

function S.arith()
  for _ = 1, R(3) do declnum() end
  for _ = 1, RR(2, 5) do printexprs(numexpr) end
  if chance(0.5) then printexprs(boolexpr) end
end

function S.strings()
  for _ = 1, R(2) do declstr() end
  for _ = 1, RR(2, 5) do printexprs(strexpr) end
end

function S.coerce()
  for _ = 1, RR(2, 5) do
    local a = pick(NUMSTRS)
    local b = pick(ODDSTRS)
    local k = R(9)
    if k == 1 then emit("P(tonumber(" .. q(b) .. "), tonumber(" .. q(a) .. "))")
    elseif k == 2 then emit("P(pcall(function() return " .. q(b) .. " + 1 end))")
    elseif k == 3 then emit("P(" .. q(a) .. " " .. pick(ARITH) .. " " .. q(pick(NUMSTRS)) .. ")")
    elseif k == 4 then emit("P(tonumber(" .. q(pick({ "10", "ff", "FF", "zz", "777", "-10", "1e1", "  11  ", "8", "z", "", "7fffffff", "100000000000000" })) .. ", " .. pick({ "2", "8", "16", "36", "10", "7" }) .. "))")
    elseif k == 5 then emit("P(" .. numexpr(1) .. " .. " .. numexpr(1) .. ")")
    elseif k == 6 then emit("P(-" .. q(a) .. ", #(" .. numexpr(1) .. " .. ''))")
    elseif k == 7 then emit("P(" .. q(a) .. " == " .. numexpr(0) .. ", " .. q(a) .. " + 0 == " .. numexpr(0) .. ")")
    else emit("P(pcall(function() return " .. q(a) .. " < " .. numexpr(0) .. " end))") end
  end
end

function S.patterns()
  local s = fresh("s")
  emit("local " .. s .. " = " .. (chance(0.6) and q(pick(STRLITS)) or strexpr(1)))
  declare(s, "str")
  for _ = 1, RR(2, 5) do
    local p = q(pick(PATS))
    local k = R(7)
    local init = chance(0.4) and (", " .. pick({ "1", "2", "-1", "-3", "0", "100", "-100", "5" })) or ""
    if k == 1 then emit("P(string.find(" .. s .. ", " .. p .. init .. "))")
    elseif k == 2 then emit("P(string.match(" .. s .. ", " .. p .. init .. "))")
    elseif k == 3 then
      open("for a, b in string.gmatch(" .. s .. ", " .. p .. ") do")
      emit("P(a, b)")
      close()
    elseif k == 4 then
      local plain = pick({ "'.'", "'%'", "'a'", "'('", "'o w'", "''", "'[b'" })
      emit("P(string.find(" .. s .. ", " .. plain .. ", " .. pick({ "1", "-2", "0", "50", "3" }) .. ", true))")
    elseif k == 5 then emit("P(string.gsub(" .. s .. ", " .. p .. ", " .. q(pick({ "<%0>", "%%", "", "-", "%1" })) .. "))")
    elseif k == 6 then
      emit("local cnt = 0")
      emit("P(string.gsub(" .. s .. ", " .. p .. ", function(...) cnt = cnt + 1; return select('#', ...) > 1 and tostring((...)) or nil end), cnt)")
    else
      emit("P(pcall(string.find, " .. s .. ", " .. q(pick({ "[a", "(", "%", "(()", "%b", "%f", "a)", "[%", "%1", "(a)%2", "[]" })) .. "))")
    end
  end
end

function S.strlib()
  local s = fresh("s")
  emit("local " .. s .. " = " .. q(pick(STRLITS)))
  declare(s, "str")
  for _ = 1, RR(2, 5) do
    local k = R(10)
    local idx = function() return pick({ "1", "2", "-1", "-2", "0", "3", "100", "-100", "2.9" }) end
    if k == 1 then emit("P(string.byte(" .. s .. ", " .. idx() .. ", " .. idx() .. "))")
    elseif k == 2 then emit("P(" .. s .. ":sub(" .. idx() .. ", " .. idx() .. "))")
    elseif k == 3 then emit("P(" .. s .. ":len(), #" .. s .. ", " .. s .. ":upper(), " .. s .. ":lower())")
    elseif k == 4 then emit("P(string.rep(" .. s .. ", " .. idx() .. "))")
    elseif k == 5 then emit("P(pcall(string.char" .. pick({ ", 256", ", -1", ", 65, 66", "", ", '65'", ", 65.5" }) .. "))")
    elseif k == 6 then emit("P(pcall(string.format, " .. q(pick({ "%d", "%s %s", "%y", "%", "%5", "%.3q", "%-", "%10", "%123d" })) .. ", " .. pick({ "1", "'x'", "nil", "{}" }) .. "))")
    elseif k == 7 then emit("P(pcall(string.rep))")
    elseif k == 8 then emit("P(pcall(string.sub, " .. s .. ", 'x'))")
    elseif k == 9 then emit("P(string.format('%q', " .. s .. "))")
    else emit("P(pcall(string." .. pick({ "upper", "len", "byte", "reverse", "lower" }) .. ", " .. pick({ "nil", "12", "true", "{}", "12.5" }) .. "))") end
  end
end

-- tables: builds with holes and mixed keys; prints sorted dumps
function S.tables()
  local t = fresh("t")
  local items = {}
  for i = 1, RR(0, 6) do
    local k = R(6)
    if k <= 3 then items[#items + 1] = anyexpr(1)
    elseif k == 4 then items[#items + 1] = "[" .. pick({ "1", "2", "3", "10", "1.5", "-1", "0", "'x'", "'1'", "true", "2^53" }) .. "] = " .. anyexpr(1)
    elseif k == 5 then items[#items + 1] = pick({ "a", "b", "c", "x1", "_" }) .. " = " .. anyexpr(1)
    else items[#items + 1] = "nil" end
  end
  emit("local " .. t .. " = {" .. table.concat(items, ", ") .. "}")
  for _ = 1, RR(1, 5) do
    local k = R(10)
    if k == 1 then emit(t .. "[" .. pick({ "1", "2", "5", "1.0", FLAGS.nonegzerokey and "1" or FLAGS.nofoldnegzero and "(-N(0))" or "-0", "'k'", "2^31", "0.5" }) .. "] = " .. anyexpr(1))
    elseif k == 2 then emit(t .. "." .. pick({ "a", "b", "zz" }) .. " = " .. pick({ "nil", "1", "'s'" }))
    elseif k == 3 then emit("P(rawget(" .. t .. ", " .. pick({ "1", "'a'", "2", "1.0", "'1'" }) .. "), " .. t .. "[1], " .. t .. ".a)")
    elseif k == 4 then emit("P(pcall(function() " .. t .. "[nil] = 1 end))")
    elseif k == 5 then emit("P(pcall(function() " .. t .. "[0/0] = 1 end))")
    elseif k == 6 then emit("P(pcall(function() return " .. t .. "[nil] end))")
    elseif k == 7 then
      -- the numbers are summed in sorted order: a float sum in pairs order would depend on it
      emit("local cnt, sum, nums = 0, 0, {}")
      emit("for k, v in pairs(" .. t .. ") do cnt = cnt + 1; if type(v) == 'number' then nums[#nums + 1] = nn(v) end end")
      emit("table.sort(nums) for i = 1, #nums do sum = sum + nums[i] end")
      emit("P(cnt, sum)")
    elseif k == 8 then
      emit("local cnt = 0")
      emit("for i, v in ipairs(" .. t .. ") do cnt = cnt + 1 end")
      emit("P(cnt)")
    elseif k == 9 then emit("P(next({}), next(" .. t .. ") ~= nil, rawequal(" .. t .. ", " .. t .. "))")
    else emit("P(table.maxn(" .. t .. "))") end
  end
  emit("print(dump(" .. t .. "))")
end

-- sequences and the table library
function S.seq()
  local t = fresh("t")
  local n = RR(0, 8)
  local items = {}
  local kind = R(3)
  local function elem()
    if kind == 1 then return tostring(RR(-20, 20))
    elseif kind == 2 then return q(pick({ "a", "b", "c", "x", "yy", "B", "aa", "", "10", "9" }))
    else return "(" .. numexpr(1) .. ")" end
  end
  for i = 1, n do items[i] = elem() end
  emit("local " .. t .. " = {" .. table.concat(items, ", ") .. "}")
  for _ = 1, RR(2, 6) do
    local k = R(14)
    if k == 1 then emit("table.insert(" .. t .. ", " .. elem() .. ")")
    elseif k == 2 then emit("table.insert(" .. t .. ", math.min(#" .. t .. " + 1, " .. RR(1, 4) .. "), " .. elem() .. ")")
    elseif k == 3 then emit("P(table.remove(" .. t .. "))")
    elseif k == 4 then emit("P(table.remove(" .. t .. ", " .. pick({ "1", "2", "#" .. t, "#" .. t .. " + 1", "0", "10" }) .. "))")
    elseif k == 5 then emit("P(#" .. t .. ", table.getn(" .. t .. "))")
    elseif k == 6 then emit("P(pcall(table.concat, " .. t .. ", " .. q(pick({ ",", "", "; " })) .. "))")
    elseif k == 7 then emit("P(pcall(table.concat, " .. t .. ", '-', " .. pick({ "1", "2", "3", "0" }) .. ", " .. pick({ "1", "2", "#" .. t, "5" }) .. "))")
    elseif k == 8 then
      if kind == 1 then
        emit("table.sort(" .. t .. pick({ "", ", function(a, b) return a > b end", ", function(a, b) return a % 5 < b % 5 or (a % 5 == b % 5 and a < b) end" }) .. ")")
      elseif kind == 2 then
        emit("table.sort(" .. t .. pick({ "", ", function(a, b) return a > b end", ", function(a, b) return #a < #b or (#a == #b and a < b) end" }) .. ")")
      else
        emit("for i = 1, #" .. t .. " do " .. t .. "[i] = nn(" .. t .. "[i]) end")
        emit("table.sort(" .. t .. ")")
      end
      emit("P(unpack(" .. t .. "))")
    elseif k == 9 then emit("P(unpack(" .. t .. ", " .. pick({ "1", "2", "0", "-1" }) .. ", " .. pick({ "2", "3", "#" .. t }) .. "))")
    elseif k == 10 then emit("P(select('#', unpack(" .. t .. ")), select(-1, 1, unpack(" .. t .. ")))")
    elseif k == 11 then emit("P(pcall(table.insert, " .. t .. ", 1, 2, 3))")
    elseif k == 12 then emit("P(pcall(table.sort, " .. t .. ", 3))")
    elseif k == 13 then
      emit("local acc = {}")
      emit("table.foreachi(" .. t .. ", function(i, v) acc[#acc + 1] = i .. ':' .. tostring(v) end)")
      emit("P(table.concat(acc, ' '))")
    else emit(t .. "[#" .. t .. " + 1] = " .. elem()) end
  end
  emit("P(#" .. t .. ", pcall(table.concat, " .. t .. ", ' '))")
end

function S.closures()
  local k = R(7)
  if k == 1 then
    emit("local fs = {}")
    open("for i = " .. RR(1, 3) .. ", " .. RR(3, 7) .. " do")
    emit("local j = i * " .. RR(1, 5))
    emit("fs[#fs + 1] = function(x) j = j + (x or 1); return i, j end")
    close()
    open("for r = 1, " .. RR(1, 3) .. " do")
    emit("for i = 1, #fs do P(fs[i](r)) end")
    close()
  elseif k == 2 then
    emit("local function counter(start, step)")
    emit("  local c = start")
    emit("  return function() c = c + step; return c end, function() return c end, function(v) c = v end")
    emit("end")
    emit("local inc, get, set = counter(" .. numexpr(1) .. ", " .. RR(-3, 3) .. ")")
    for _ = 1, RR(2, 5) do
      emit(pick({ "P(inc())", "P(get())", "set(" .. RR(0, 9) .. ")", "P(inc(), inc(), get())" }))
    end
  elseif k == 3 then
    emit("local fs = {}")
    emit("local i = 0")
    open("while i < " .. RR(2, 6) .. " do")
    emit("i = i + 1")
    emit("local captured = i * 10")
    emit("fs[i] = function() captured = captured + 1; return captured end")
    if chance(0.5) then emit("if i == " .. RR(1, 4) .. " then break end") end
    close()
    emit("for k = 1, #fs do P(k, fs[k](), fs[k]()) end")
  elseif k == 4 then
    emit("local x = " .. RR(1, 9))
    emit("local function a() return function() x = x * 2; return function() return x + 1 end end end")
    emit("local f1 = a()")
    emit("local g1 = f1()")
    emit("local g2 = f1()")
    emit("P(x, g1(), g2())")
    emit("x = " .. RR(10, 20))
    emit("P(g1(), g2())")
  elseif k == 5 then
    emit("local fs = {}")
    open("for i = 1, " .. RR(2, 5) .. " do")
    emit("local v = i")
    open("repeat")
    emit("local w = v * 2")
    emit("fs[#fs + 1] = function() return v + w end")
    emit("v = v + 1")
    close("until w > " .. RR(2, 8))
    close()
    emit("local s = {} for i = 1, #fs do s[i] = fs[i]() end")
    emit("P(#fs, table.concat(s, ','))")
  elseif k == 7 then
    -- a variable never assigned (the JIT takes it as a constant), changed by debug.setupvalue
    -- in the middle of a loop: directly, or from a gsub replacement function the loop calls
    emit("local K = " .. RR(1, 9))
    emit("local function f(x) return x * K + 1 end")
    emit("local s = 0")
    local at, v = RR(2, 40), RR(-9, 9)
    open("for i = 1, " .. RR(20, 60) .. " do")
    emit("s = s + f(i)")
    if chance(0.5) then
      emit("if i == " .. at .. " then debug.setupvalue(f, 1, " .. v .. ") end")
    else
      emit("string.gsub('a', 'a', function(c) if i == " .. at .. " then debug.setupvalue(f, 1, " .. v .. ") end return c end)")
    end
    emit("s = s + f(i)")
    close()
    emit("P(s, K)")
  else
    emit("local acc = {}")
    open("for _, name in ipairs({'a', 'b', 'c'}) do")
    open("for n = 1, " .. RR(1, 3) .. " do")
    emit("acc[#acc + 1] = function(sfx) return name .. n .. (sfx or '') end")
    close()
    close()
    emit("local r = {} for i = 1, #acc do r[i] = acc[i](i % 2 == 0 and '!' or nil) end")
    emit("P(table.concat(r, ' '))")
  end
end

function S.varargs()
  local k = R(9)
  emit("local function va(...)")
  emit("  return select('#', ...), ...")
  emit("end")
  emit("local function cnt(...) return select('#', ...) end")
  local args = {}
  for i = 1, RR(0, 5) do args[i] = (chance(0.25) and "nil" or anyexpr(1)) end
  local al = table.concat(args, ", ")
  if k == 1 then emit("P(va(" .. al .. "))")
  elseif k == 2 then emit("P(cnt(va(" .. al .. ")), cnt((va(" .. al .. "))), cnt(va(" .. al .. "), 1))")
  elseif k == 3 then emit("local t = {va(" .. al .. ")} P(t[1], t[t[1] + 1], t[2])")
  elseif k == 4 then emit("P(pcall(select, " .. pick({ "0", "-1", "-10", "'#'", "2", "'x'", "1.5" }) .. (al ~= "" and ", " .. al or "") .. "))")
  elseif k == 5 then
    emit("local function f(a, b, ...) local x, y = ... return a, b, x, y, select('#', ...) end")
    emit("P(f(" .. al .. "))")
  elseif k == 6 then
    emit("local function old(...) return arg and arg.n, arg and arg[1] end")
    emit("P(old(" .. al .. "))")
  elseif k == 7 then
    emit("local function tail(n, ...) if n == 0 then return ... end return tail(n - 1, n, ...) end")
    emit("P(tail(" .. RR(0, 6) .. (al ~= "" and ", " .. al or "") .. "))")
  else
    emit("local t = {n = 0}")
    emit("local function pack(...) return {n = select('#', ...), ...} end")
    emit("local p = pack(" .. al .. ")")
    emit("P(p.n, unpack(p, 1, p.n))")
  end
end

function S.multiassign()
  local a, b, c = fresh("a"), fresh("b"), fresh("c")
  emit("local " .. a .. ", " .. b .. ", " .. c .. " = " .. numexpr(1) .. ", " .. strexpr(1))
  emit("P(" .. a .. ", " .. b .. ", " .. c .. ")")
  emit(a .. ", " .. b .. " = " .. b .. ", " .. a)
  emit("P(" .. a .. ", " .. b .. ")")
  emit("local function mr() return 1, 2, 3 end")
  emit("local x, y, z, w = mr()")
  emit("P(x, y, z, w)")
  emit("x, y, z, w = mr(), 10")
  emit("P(x, y, z, w)")
  emit("x, y, z, w = 0, mr()")
  emit("P(x, y, z, w)")
  emit("local t = {}")
  emit("t.a, t.b, t[1] = mr()")
  emit("print(dump(t))")
  if not FLAGS.noquirks and chance(0.4) then
    emit("local i = 1")
    emit("local u = {10, 20, 30}")
    emit("i, u[i] = i + 1, 99")
    emit("print(i, dump(u))")
    emit("local q1 q1, q1 = 1, 2 print(q1)")
  end
end

local MMS = { "__add", "__sub", "__mul", "__div", "__mod", "__pow", "__unm", "__concat" }
function S.meta()
  local k = R(10)
  emit("local mt = {}")
  emit("local function new(v) return setmetatable({v = v}, mt) end")
  if k == 1 then
    local mm = pick(MMS)
    emit("mt." .. mm .. " = function(a, b) return new((type(a) == 'table' and a.v or tostring(a)) .. '" .. mm .. "' .. (type(b) == 'table' and b.v or tostring(b))) end")
    local op = ({ __add = "+", __sub = "-", __mul = "*", __div = "/", __mod = "%", __pow = "^", __concat = ".." })[mm]
    if mm == "__unm" then emit("P((-new('x')).v)")
    else
      emit("P((new('a') " .. op .. " new('b')).v)")
      emit("P((new('a') " .. op .. " " .. pick({ "1", "'s'", "2.5" }) .. ").v)")
      emit("P((" .. pick({ "1", "'s'", "2.5" }) .. " " .. op .. " new('b')).v)")
      emit("P(pcall(function() return {} " .. op .. " new('c') end))")
    end
  elseif k == 2 then
    emit("mt.__index = function(t, key) return 'idx:' .. tostring(key) end")
    emit("local o = new(1)")
    emit("P(o.v, o.foo, o[1], o[true], rawget(o, 'foo'))")
    emit("local base = {greet = function(self) return 'hi ' .. tostring(self.v) end, x = 5}")
    emit("local mid = setmetatable({y = 6}, {__index = base})")
    emit("local leaf = setmetatable({v = 'leaf'}, {__index = mid})")
    emit("P(leaf:greet(), leaf.x, leaf.y, leaf.z)")
  elseif k == 3 then
    emit("local log = {}")
    emit("mt.__newindex = function(t, key, val) log[#log + 1] = tostring(key) .. '=' .. tostring(val); rawset(t, key, val) end")
    emit("local o = new(1)")
    emit("o.v = 2; o.w = 3; o.w = 4; o[1] = 'a'")
    emit("P(table.concat(log, ' '), o.v, o.w)")
    emit("local store = {}")
    emit("local proxy = setmetatable({}, {__newindex = store, __index = store})")
    emit("proxy.a = 1; proxy.b = proxy.a + 1")
    emit("P(rawget(proxy, 'a'), store.a, store.b, proxy.b)")
  elseif k == 4 then
    emit("mt.__eq = function(a, b) return a.v % 2 == b.v % 2 end")
    emit("mt.__lt = function(a, b) return a.v < b.v end")
    if chance(0.5) then emit("mt.__le = function(a, b) return a.v <= b.v end") end
    local x, y = RR(1, 4), RR(1, 4)
    emit("local a, b = new(" .. x .. "), new(" .. y .. ")")
    emit("P(a == b, a ~= b, a < b, a <= b, a > b, a >= b, rawequal(a, b), a == a)")
    emit("P(pcall(function() return a < 1 end))")
    emit("P(a == " .. x .. ", pcall(function() return {} < {} end))")
    emit("local other = setmetatable({v = " .. x .. "}, {__eq = mt.__eq})")
    emit("P(a == other, pcall(function() return a < other end))")
  elseif k == 5 then
    emit("mt.__call = function(self, ...) return self.v, select('#', ...), ... end")
    emit("local o = new('called')")
    emit("P(o(1, nil, 3))")
    emit("P(pcall(o))")
    emit("P(pcall(setmetatable({}, {}), 1))")
  elseif k == 6 then
    emit("mt.__tostring = function(o) return 'Obj<' .. tostring(o.v) .. '>' end")
    emit("local o = new(" .. anyexpr(1) .. ")")
    emit("print(o, tostring(o))")
    emit("P(pcall(string.format, '%s', o))")
    emit("mt.__tostring = function() return 42 end")
    emit("P(pcall(tostring, o))")
  elseif k == 7 then
    emit("mt.__len = function() return 99 end")
    emit("local o = new(1)")
    emit("o[1], o[2] = 'a', 'b'")
    emit("P(#o)")
    emit("mt.__metatable = 'locked'")
    emit("P(getmetatable(o), pcall(setmetatable, o, {}))")
    emit("P(getmetatable('abc').__index == string, getmetatable(1))")
  elseif k == 8 then
    emit("mt.__concat = function(a, b) return (type(a) == 'table' and 'T' or a) .. '+' .. (type(b) == 'table' and 'T' or b) end")
    emit("local o = new(1)")
    emit("P(o .. 'x', 'x' .. o, 1 .. o, o .. o, 'a' .. 'b' .. o .. 'c' .. 'd')")
  elseif k == 9 then
    emit("mt.__index = function(t, k) if type(k) == 'number' and k < " .. RR(3, 12) .. " then return k * 2 end end")
    emit("local o = new(0)")
    emit("local s = 0 for i = 1, 20 do local v = o[i] if v == nil then break end s = s + v end")
    emit("P(s, o[-1], o.x)")
    emit("mt.__index = 'str'")
    emit("P(pcall(function() return o.len end))")
  else
    emit("local calls = 0")
    emit("mt.__unm = function(a) calls = calls + 1; return new(-a.v) end")
    emit("mt.__add = function(a, b) calls = calls + 1; return new((type(a) == 'table' and a.v or a) + (type(b) == 'table' and b.v or b)) end")
    emit("local o = -(new(" .. RR(1, 9) .. ") + " .. RR(1, 9) .. ") + new(1)")
    emit("P(o.v, calls)")
    emit("P(pcall(function() return new(1) * 2 end))")
  end
end

function S.coroutines()
  local k = R(10)
  if k == 10 then
    -- resume in a loop (compiled: jit_coresume), each count of results, an error at the end
    local n = RR(2, 12)
    emit("local co = coroutine.create(function(a, b)")
    emit("  while true do if a == " .. RR(1, n + 2) .. " then error('e' .. a) end a, b = coroutine.yield(a + 1, b, a * 2) end")
    emit("end)")
    emit("local acc = 0")
    emit("for i = 1, " .. n .. " do")
    local use = pick({ "local ok, v = coroutine.resume(co, i, 'x') acc = acc + (ok and v or #v)",
                       "local ok = coroutine.resume(co, i) acc = acc + (ok and 1 or 100)",
                       "acc = acc + select('#', coroutine.resume(co, i, nil))",
                       "local r = {coroutine.resume(co, i, i)} acc = acc + #r + (r[1] and r[4] or 0)",
                       "local ok, v, w, z = coroutine.resume(co, i) acc = acc + (ok and v + z or 1) + (w == nil and 1 or 0)" })
    emit("  " .. use)
    emit("end")
    emit("P(acc, coroutine.status(co))")
  elseif k == 1 then
    emit("local gen = coroutine.wrap(function(a, b)")
    emit("  local s = a")
    emit("  for i = 1, " .. RR(2, 6) .. " do s = s + (coroutine.yield(s, i) or 0) end")
    emit("  return 'done', s")
    emit("end)")
    emit("P(gen(" .. RR(0, 9) .. ", 1))")
    for _ = 1, RR(1, 4) do emit("P(pcall(gen, " .. RR(0, 9) .. "))") end
  elseif k == 2 then
    emit("local co = coroutine.create(function(...)")
    emit("  P('start', ...)")
    emit("  local x = coroutine.yield(select('#', ...))")
    emit("  P('got', x, coroutine.status(coroutine.running()))")
    emit("  " .. pick({ "error('oops')", "error({code = 7})", "return 1, 2", "error('lvl0', 0)", "local z = nil + 1", "return" }))
    emit("end)")
    emit("P(coroutine.status(co))")
    emit("P(coroutine.resume(co, 1, nil, 3))")
    emit("P(coroutine.status(co))")
    emit("local r = {coroutine.resume(co, 'v')}")
    emit("P(r[1], type(r[2]) == 'table' and r[2].code or r[2], r[3])")
    emit("P(coroutine.status(co), coroutine.resume(co))")
  elseif k == 3 then
    emit("local co")
    emit("co = coroutine.create(function()")
    emit("  P(coroutine.status(co), coroutine.running() == co)")
    emit("  local inner = coroutine.create(function() P(coroutine.status(co)); coroutine.yield(1) end)")
    emit("  P(coroutine.resume(inner))")
    emit("  P(coroutine.status(inner))")
    emit("  P(coroutine.resume(co))")
    emit("end)")
    emit("P(coroutine.resume(co))")
    emit("P(coroutine.running())")
  elseif k == 4 then
    -- (yields inside pcall, metamethods and for iterators work as in LuaJIT, where 5.1 refuses:
    -- the generated programs yield only where both refuse, across a C function)
    emit("local co = coroutine.create(function() return pcall(table.sort, {2, 1}, function(a, b) coroutine.yield(1) return a < b end) end)")
    emit("P(coroutine.resume(co))")
    emit("P(coroutine.status(co))")
    emit("P(pcall(coroutine.yield, 1))")
  elseif k == 5 then
    emit("local function range(n) return coroutine.wrap(function() for i = 1, n do coroutine.yield(i, i * i) end end) end")
    emit("local s = 0 for i, sq in range(" .. RR(0, 7) .. ") do s = s + sq end P(s)")
    emit("local w = coroutine.wrap(function() error('in wrap') end)")
    emit("P(pcall(w))")
    emit("local w2 = coroutine.wrap(function() return 1 end) w2()")
    emit("P(pcall(w2))")
  elseif k == 6 then
    emit("P(pcall(coroutine.resume, nil))")
    emit("P(pcall(coroutine.create, 1))")
    emit("P(pcall(coroutine.wrap, nil))")
    emit("P(coroutine.isyieldable)")
  elseif k == 7 then
    emit("local function producer() return coroutine.create(function() for _, w in ipairs({'a', 'bb', 'ccc'}) do coroutine.yield(w) end return nil end) end")
    emit("local function filter(p) return coroutine.create(function() while true do local ok, v = coroutine.resume(p) if not v then return end coroutine.yield(v:upper() .. #v) end end) end")
    emit("local f = filter(producer())")
    emit("local acc = {} while true do local ok, v = coroutine.resume(f) if not v then break end acc[#acc + 1] = v end")
    emit("P(table.concat(acc, ','), coroutine.status(f))")
  else
    emit("local mt = {__tostring = function(t) return coroutine.yield('ts') end}")
    emit("local co = coroutine.create(function() local t = setmetatable({}, mt) return tostring(t) end)")
    emit("P(coroutine.resume(co))")
    emit("local co2 = coroutine.create(function() for k, v in pairs({1}) do coroutine.yield(k) end return 'end' end)")
    emit("P(coroutine.resume(co2)) P(coroutine.resume(co2))")
    emit("local co3 = coroutine.create(function() table.sort({3, 2, 1}, function(a, b) coroutine.yield() return a < b end) end)")
    emit("P(coroutine.resume(co3))")
  end
end

function S.errors()
  local k = R(13)
  if k == 1 then
    emit("P(pcall(error, " .. pick({ "'msg'", "'msg', 0", "'msg', 1", "'msg', 2", "nil", "42", "{}" }) .. "))")
  elseif k == 2 then
    emit("local function lvl1() error('deep', " .. RR(0, 3) .. ") end")
    emit("local function lvl2() lvl1() end")
    emit("P(pcall(lvl2))")
  elseif k == 3 then
    local v = pick({ "local x", "x = nil", "local t = {}", "local s = 'str'" })
    local expr = pick({ "x + 1", "x.y", "x()", "x < 1", "x .. 'a'", "#x", "-x", "t.a.b", "t:m()", "s:nope()", "s.x.y", "undefinedglobal.f", "undefinedglobal()", "t.a()", "math.nope()", "string.rep(nil)", "({} < {})", "(1 < 'x')", "('a' < 1)", "({}) .. 'x'", "nil .. 1", "{} + 1", "t[nil]", "true + 1", "(function() end)()()" })
    emit("P(pcall(function() " .. v .. " return " .. expr .. " end))")
  elseif k == 4 then
    emit("local ok, e = pcall(error, {code = " .. RR(1, 9) .. "})")
    emit("P(ok, type(e), e.code)")
  elseif k == 5 then
    emit("P(xpcall(function() error('x') end, function(m) return 'handled: ' .. m end))")
    emit("P(xpcall(function() return 1, 2 end, print))")
    emit("P(xpcall(function() local a = nil; return a.b end, function(m) return (m:gsub('^.-:%d+: ', '')) end))")
  elseif k == 6 then
    emit("local ok, e = pcall(function() local t = setmetatable({}, {__index = function() error('from index') end}) return t.x end)")
    emit("P(ok, e)")
  elseif k == 7 then
    emit("P(pcall(pcall))")
    emit("P(pcall(pcall, error, 'e'))")
    emit("P(select('#', pcall(error)))")
  elseif k == 8 then
    emit("local function rec(n) if n == 0 then error('bottom ' .. n) end return rec(n - 1) end")
    emit("P(pcall(rec, " .. RR(1, 50) .. "))")
    emit("local function rec2(n) if n == 0 then return 0 end return 1 + rec2(n - 1) end")
    emit("P(pcall(rec2, " .. RR(10, 150) .. "))")
  elseif k == 9 then
    emit("P(pcall(assert, false))")
    emit("P(pcall(assert, nil, 'assert msg'))")
    emit("P(pcall(assert, 1, 2, 3))")
    emit("P(pcall(assert, false, {1}))")
  elseif k == 10 then
    emit("P(pcall(setmetatable, 1, {}))")
    emit("P(pcall(rawset, {}, nil, 1))")
    emit("P(pcall(ipairs))")
    emit("P(pcall(tonumber, '10', 99))")
    emit("P(pcall(tostring))")
    emit("P(pcall(math.floor, 'x'))")
    emit("P(pcall(string.rep, 'x', -1))")
  elseif k == 11 then
    emit("local t = setmetatable({}, {__newindex = function(t, k, v) error('ro:' .. k, 2) end})")
    emit("P(pcall(function() t.field = 1 end))")
  elseif k == 12 then
    emit("local ok, e = pcall(error, setmetatable({}, {__tostring = function() return 'custom' end}))")
    emit("P(ok, tostring(e))")
    emit("P(pcall(error, 'a' .. 1, 1.5))")
  else
    local code = pick({ "x = ", "return return", "local 1 = 2", "for i = 1 do end", "f(", "x = 'unterminated",
      "return 0x1p4", "return 3..2", "return 1e", "x = }", "if x then", "return [[long", "return '\\300'",
      "return '\\q'", "a.b:c = 1", "return ...", "local function f() return ... end", "break",
      "return 1 .. 2", "return 0x1P4 + 1", "return 08", "goto = x", "return 1 // 2", "return ~1", "--[==[ x ]] ",
      "x = 1 y = 2", "return (1)(2)", "return f\n(g)", "return #'ab'", "return - - 1", "return not not nil",
      "local a <const> = 1", "return 2^-2^2", "return -2^2", "return 'a' .. 'b' == 'ab'", "return 1 < 2 == true" })
    emit("P(loadstring(" .. q(code) .. "))")
    emit("local f = loadstring(" .. q(code) .. ") if f then P(pcall(f)) end")
  end
end

function S.loops()
  local k = R(9)
  if k == 1 then
    local a = pick({ "0", "1", "0.1", "-1", "10", "1.5" })
    local b = pick({ "1", "2", "0", "-1", "3.3", "10" })
    local s = pick({ "0.1", "0.25", "-0.5", "1", "-1", "0.3", "2", "1/3", "-0.1" })
    emit("local c, last = 0, nil")
    emit("for i = " .. a .. ", " .. b .. ", " .. s .. " do c = c + 1; last = i if c > 100 then break end end")
    emit("P(c, last)")
  elseif k == 2 then
    emit("local out = {}")
    open("for i = 1, " .. RR(2, 6) .. " do")
    open("for j = i, " .. RR(3, 8) .. " do")
    emit("if (i + j) % " .. RR(2, 5) .. " == 0 then break end")
    emit("out[#out + 1] = i * 10 + j")
    close()
    close()
    emit("P(#out, table.concat(out, ' '))")
  elseif k == 3 then
    emit("local n, steps = " .. RR(1, 30) .. ", 0")
    open("while n ~= 1 and steps < 200 do")
    emit("if n % 2 == 0 then n = n / 2 else n = 3 * n + 1 end")
    emit("steps = steps + 1")
    close()
    emit("P(n, steps)")
  elseif k == 4 then
    emit("local i = 0")
    open("repeat")
    emit("local sq = i * i")
    emit("i = i + 1")
    close("until sq > " .. RR(0, 50))
    emit("P(i)")
  elseif k == 5 then
    emit("for i = 1, 3 do local i = i * 2; P(i) end")
    emit("local t = {}")
    emit("for i = 3, 1, -1 do t[#t + 1] = i; i = 10 end")
    emit("P(table.concat(t, ','))")
  elseif k == 6 then
    emit("local s = 0")
    emit("for i = " .. pick({ "1", "2^53 - 2", "-3", "1e15" }) .. ", " .. pick({ "2^53", "1", "1e15 + 2", "3" }) .. " do s = s + 1 if s > 10 then break end end")
    emit("P(s)")
    emit("P(pcall(function() for i = 1, 'x' do end end))")
    emit("P(pcall(function() for i = 1, 10, 0 do break end return 'zero step ok' end))")
    emit("P(pcall(function() for i = nil, 1 do end end))")
  elseif k == 7 then
    emit("local t = {" .. table.concat({ RR(1, 9), RR(1, 9), RR(1, 9), RR(1, 9) }, ", ") .. "}")
    emit("local s = 0")
    emit("for i, v in ipairs(t) do if v == " .. RR(1, 9) .. " then break end s = s + i * v end")
    emit("P(s)")
    emit("for k, v in next, {10} do P(k, v) end")
    emit("local function iter(st, c) if c < st then return c + 1, c * 2 end end")
    emit("for a, b in iter, " .. RR(0, 4) .. ", 0 do P(a, b) end")
  else
    emit("local x = 0")
    open("while true do")
    emit("x = x + 1")
    emit("if x % 3 == 0 then")
    emit("  local y = x")
    emit("  if y > " .. RR(3, 20) .. " then break end")
    emit("end")
    close()
    emit("P(x)")
  end
end

-- tables made in loops (allocation sinking): constructors of items and keys, fields changed
-- and read back, the table kept on some iterations only, or carried to the next one
function S.tabloops()
  local ctor = pick({
    "{ i, i * 2 }", "{ x = i, y = i + 1 }", "{ i, x = i % 7, name = 'n' .. i }", "{}",
    "{ { i }, i }", "{ a = i, b = 'b', c = i / 2, d = i % 3 == 0 }", "{ i, i + 1, i + 2, i + 3, i + 4 }",
    "{ [1] = i, [2] = -i }", "{ x = 'x' .. i, i }",
  })
  local num = function(e) return "(type(" .. e .. ") == 'number' and " .. e .. " or 0)" end
  emit("local acc, kept, prev = 0, {}, { 0, x = 0 }")
  open("for i = 1, " .. RR(3, 60) .. " do")
  emit("local p = " .. ctor)
  for _ = 1, RR(0, 3) do
    emit(pick({ "p[1] = " .. num("p[1]") .. " + 1", "p.x = " .. num("p.x") .. " * 2", "p[2] = i % 5",
                "p.z = i", "p[#p + 1] = i", "p.y = nil", "local q = p; q[1] = -i" }))
  end
  emit("acc = acc + " .. num("p[1]") .. " + " .. num("p[2]") .. " + " .. num("p.x") .. " + " .. num("p.y"))
  if chance(0.5) then emit("if type(p.name) == 'string' then acc = acc + #p.name end") end
  if chance(0.6) then emit("if i % " .. RR(2, 9) .. " == " .. RR(0, 1) .. " then kept[#kept + 1] = p end") end
  if chance(0.3) then
    emit("acc = acc + " .. num("prev[1]") .. " + " .. num("prev.x"))
    emit("if i % " .. RR(1, 4) .. " == 0 then prev = p end")
  end
  if chance(0.3) then emit("if acc > " .. RR(50, 3000) .. " then break end") end
  close()
  emit("P(acc, #kept)")
  emit("for j = 1, math.min(#kept, 6) do local q = kept[j]; P(q[1], q[2], q.x, q.y, q.name, q.z) end")
end

function S.recursion()
  local k = R(9)
  if k == 1 then
    emit("local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end")
    emit("P(fib(" .. RR(0, 18) .. "))")
  elseif k == 2 then
    emit("local function ack(m, n) if m == 0 then return n + 1 elseif n == 0 then return ack(m - 1, 1) else return ack(m - 1, ack(m, n - 1)) end end")
    emit("P(ack(" .. RR(0, 2) .. ", " .. RR(0, 3) .. "))")
  elseif k == 3 then
    emit("local isodd")
    emit("local function iseven(n) if n == 0 then return true end return isodd(n - 1) end")
    emit("function isodd(n) if n == 0 then return false end return iseven(n - 1) end")
    emit("P(iseven(" .. RR(0, 5000) .. "), isodd(" .. RR(0, 30) .. "))")
  elseif k == 4 then
    emit("local function hanoi(n, a, b, c, acc) if n == 0 then return acc end acc = hanoi(n - 1, a, c, b, acc) acc[#acc + 1] = a .. c return hanoi(n - 1, b, a, c, acc) end")
    emit("local m = hanoi(" .. RR(1, 6) .. ", 'A', 'B', 'C', {}) P(#m, m[1], m[#m])")
  elseif k == 6 then
    -- called in a loop: returns through frames of the same function (down-recursion)
    emit("local function f(n, a) if n <= 0 then return a end return f(n - 1, a + n) + (n % " .. RR(2, 5) .. ") end")
    emit("local s = 0 for i = 1, " .. RR(5, 200) .. " do s = s + f(i % " .. RR(2, 12) .. ", i) end P(s)")
  elseif k == 7 then
    emit("local function mk(d) if d == 0 then return {v = 1} end return {l = mk(d - 1), r = mk(d - 1), v = d} end")
    emit("local function walk(t) if not t.l then return t.v end return walk(t.l) * 2 + walk(t.r) + t.v end")
    emit("local tr = mk(" .. RR(1, 7) .. ") local s = 0 for i = 1, " .. RR(3, 80) .. " do s = (s + walk(tr) + i) % 1000003 end P(s)")
  elseif k == 8 then
    emit("local function fib(n) if n < 2 then return n, 1 end local a, c = fib(n - 1) local b, d = fib(n - 2) return a + b, c + d + 1 end")
    emit("local s, c = 0, 0 for i = 1, " .. RR(3, 60) .. " do local a, b = fib(i % " .. RR(3, 14) .. ") s, c = s + a, c + b end P(s, c)")
  elseif k == 9 then
    -- the same under pcall, the bottom raising an error now and then
    emit("local function dep(n, k) if n == 0 then if k % " .. RR(2, 7) .. " == 0 then error('b' .. k) end return 0 end return dep(n - 1, k) + n end")
    emit("local c, s = 0, 0 for i = 1, " .. RR(5, 200) .. " do local ok, v = pcall(dep, i % " .. RR(2, 9) .. ", i) if ok then s = s + v else c = c + 1 end end P(c, s)")
  else
    emit("local function depth(n) if n <= 0 then return 0 end local ok, v = pcall(depth, n - 1) return v + 1 end")
    emit("P(depth(" .. RR(1, 120) .. "))")
    emit("local function sum(t, i) i = i or 1 if i > #t then return 0 end return t[i] + sum(t, i + 1) end")
    emit("P(sum({" .. table.concat({ RR(1, 9), RR(1, 9), RR(1, 9) }, ", ") .. "}))")
  end
end

function S.env()
  local k = R(5)
  if k == 1 then
    emit("local function f() return x_env end")
    emit("setfenv(f, {x_env = " .. numexpr(1) .. "})")
    emit("P(f(), x_env)")
  elseif k == 2 then
    emit("local f = loadstring('y_env = 5; return y_env + (z_env or 0)')")
    emit("local e = {z_env = 2}")
    emit("setfenv(f, e)")
    emit("P(f(), e.y_env, y_env)")
  elseif k == 3 then
    emit("P(getfenv(1) == _G, getfenv(0) == _G, getfenv(print) == _G)")
    emit("P(pcall(setfenv, 1, 2))")
    emit("P(pcall(getfenv, 100))")
  elseif k == 4 then
    emit("G_x = " .. RR(1, 9))
    emit("local function f() local _ENV = {G_x = 1} return G_x end")
    emit("P(f(), rawget(_G, 'G_x'), _G.G_x)")
    emit("G_x = nil")
  else
    emit("local f = loadstring('return ...')")
    emit("P(f(1, 2, 3))")
    emit("P(loadstring('return 1', '=mychunk'))")
    emit("P(pcall(loadstring('error(\"in chunk\")', '=named')))")
    emit("P(pcall(loadstring('error(\"in chunk\")', 'a long source name that goes on and on and on and on')))")
    emit("P(pcall(loadstring('local x = nil; x()')))")
    emit("local parts = {'return ', '1 + ', '2'} local i = 0")
    emit("P(load(function() i = i + 1 return parts[i] end)())")
  end
end

function S.mathlib()
  for _ = 1, RR(2, 5) do
    local k = R(9)
    if k == 1 then emit("P(math.modf(" .. numexpr(1) .. "))")
    elseif k == 2 then emit("P(math.frexp(" .. numexpr(1) .. "))")
    elseif k == 3 then emit("P(math.fmod(" .. numexpr(1) .. ", " .. pick({ "3", "-3", "0.5", "1/0", "0", "-0.5" }) .. "))")
    elseif k == 4 then emit("P(" .. numexpr(1) .. " % " .. pick({ "3", "-3", "0.5", "1/0", "-1/0", "0", "-0.5", "2^53" }) .. ")")
    elseif k == 5 then emit("P(math.floor(" .. numexpr(1) .. "), math.ceil(" .. numexpr(1) .. "))")
    elseif k == 6 then emit("P(math.max(" .. RR(-5, 5) .. "), pcall(math.max), math.min(1, 2, -0.5))")
    elseif k == 7 then emit("P(math.log(" .. RR(1, 100) .. "), math.log10(1000), math.exp(0), math.sqrt(-1) ~= math.sqrt(-1))")
    else emit("P(tostring(1e15), tostring(1e14), 2^63, -2^63, 1e15 + 0.5, 123456789012345678)") end
  end
end

-- random imperative code over typed locals: stresses the compiler (register
-- allocation, jumps of and/or/not in value context, nested scopes, upvalues)
local stmt
local function block(d, n)
  local m = mark()
  for _ = 1, n or RR(1, 4) do stmt(d) end
  release(m)
end

local CMPK = {
  function(v) return v .. " == " .. pick({ "1", "0", "-1", "2.5", "32767", "32768", "-32769", "1e300" }) end,
  function(v) return pick({ "1", "0", "-1", "0.5", "65535" }) .. " < " .. v end,
  function(v) return v .. " >= " .. pick({ "1", "-0.5", "100", "2^31" }) end,
  function(v) return v .. " ~= " .. pick({ "1", "3", "-2" }) end,
}

local function condexpr(d)
  local k = R(9)
  local nv, sv, bv = vars("num"), vars("str"), vars("bool")
  if k == 1 and #nv > 0 then return pick(CMPK)("nn(" .. pick(nv) .. ")")
  elseif k == 2 and #sv > 0 then return pick(sv) .. " " .. pick({ "==", "~=", "<", ">=" }) .. " " .. q(pick(STRLITS))
  elseif k == 3 and #bv > 0 then return pick(bv) .. " " .. pick({ "==", "~=" }) .. " " .. pick({ "true", "false", "nil" })
  elseif k == 4 and #bv > 0 then return pick({ "", "not " }) .. pick(bv)
  elseif k == 5 then return "(" .. condexpr(d) .. ") " .. pick({ "and", "or" }) .. " (" .. condexpr(d) .. ")"
  elseif k == 6 and #nv > 0 then return "nn(" .. pick(nv) .. ") % " .. RR(2, 4) .. " == 0"
  else return boolexpr(d) end
end

-- value-context mixes of and/or/not/comparisons
local function mixexpr(d)
  local k = R(7)
  if FLAGS.noandor and k >= 2 and k <= 4 then k = 1 end
  if k == 1 then return "(" .. condexpr(d) .. ")"
  elseif k == 2 then return "(" .. condexpr(d) .. " and " .. anyexpr(d) .. " or " .. anyexpr(d) .. ")"
  elseif k == 3 then return "(" .. anyexpr(d) .. " or " .. anyexpr(d) .. ")"
  elseif k == 4 then return "(" .. anyexpr(d) .. " and " .. anyexpr(d) .. ")"
  elseif k == 5 then return "(not (" .. anyexpr(d) .. "))"
  elseif k == 6 then return "((" .. condexpr(d) .. ") == (" .. condexpr(d) .. "))"
  else return "(nil and " .. anyexpr(d) .. ")" end
end

stmt = function(d)
  local nv, sv, bv, tv = vars("num"), vars("str"), vars("bool"), vars("tab")
  local k = R(d > 0 and 20 or 9)
  if k == 1 and #nv > 0 then
    local v = pick(nv)
    emit(v .. " = " .. pick({ numexpr(2), v .. " + " .. (FLAGS.nonanadd and "nn(" .. numexpr(1) .. ")" or numexpr(1)), v .. " * " .. pick({ "2", "-1", "0.5" }), v .. " - 1" }))
  elseif k == 2 and #sv > 0 then
    local v = pick(sv)
    emit(v .. " = string.sub(" .. pick({ strexpr(2), v .. " .. " .. strexpr(1), "tostring(" .. numexpr(1) .. ") .. " .. v }) .. ", 1, 60)")
  elseif k == 3 and #bv > 0 then
    emit(pick(bv) .. " = " .. pick({ condexpr(1), mixexpr(1) ~= nil and ("not not " .. mixexpr(1)) }))
  elseif k == 4 then
    local ty = pick({ "num", "str", "bool" })
    local n = fresh(ty:sub(1, 1))
    local e = ty == "num" and numexpr(2) or ty == "str" and strexpr(2) or condexpr(1)
    emit("local " .. n .. " = " .. e)
    declare(n, ty)
  elseif k == 5 and #tv > 0 then
    local t = pick(tv)
    local key = pick({ "1", "2", "3", "'a'", "'b'", "0", "255", "256", "-1", "1.5", "'x' .. 1", "true" })
    emit(t .. "[" .. key .. "] = " .. anyexpr(1))
  elseif k == 6 then
    local args = {}
    for i = 1, R(3) do
      local ty = pick({ "num", "str", "bool", "any" })
      local vs = vars(ty)
      if #vs > 0 then args[#args + 1] = pick(vs) else args[#args + 1] = mixexpr(1) end
    end
    emit("P(" .. table.concat(args, ", ") .. ")")
  elseif k == 7 and #nv >= 2 then
    local a, b = pick(nv), pick(nv)
    emit(a .. ", " .. b .. " = " .. b .. ", " .. a)
  elseif k == 8 then
    local n = fresh("x")
    emit("local " .. n .. " = " .. mixexpr(1))
    declare(n, "any")
  elseif k == 9 and #sv > 0 and #nv > 0 then
    emit(pick(nv) .. " = #" .. pick(sv) .. " + " .. numexpr(1))
  elseif k == 10 then
    open("if " .. condexpr(1) .. " then")
    block(d - 1)
    if chance(0.4) then
      ind = ind - 1; emit("elseif " .. condexpr(1) .. " then"); ind = ind + 1
      block(d - 1)
    end
    if chance(0.5) then
      ind = ind - 1; emit("else"); ind = ind + 1
      block(d - 1)
    end
    close()
  elseif k == 11 then
    local i = fresh("i")
    local a, b, s = RR(-3, 3), RR(-3, 6), pick({ "", ", 1", ", -1", ", 2", ", 0.5", ", -0.75" })
    open("for " .. i .. " = " .. a .. ", " .. b .. s .. " do")
    local m = mark()
    declare(i, "num")
    block(d - 1)
    if chance(0.3) then emit("if " .. condexpr(1) .. " then break end") end
    release(m)
    close()
  elseif k == 12 then
    local c = fresh("c")
    emit("local " .. c .. " = 0")
    open("while " .. c .. " < " .. RR(1, 5) .. (chance(0.5) and (" and (" .. condexpr(1) .. ")") or "") .. " do")
    emit(c .. " = " .. c .. " + 1")
    block(d - 1)
    close()
  elseif k == 13 then
    local c = fresh("c")
    emit("local " .. c .. " = 0")
    open("repeat")
    emit(c .. " = " .. c .. " + 1")
    local m = mark()
    local l = fresh("r")
    emit("local " .. l .. " = " .. c .. " * 2")
    declare(l, "num")
    block(d - 1)
    close("until " .. c .. " >= " .. RR(1, 4) .. " or " .. l .. " > " .. RR(2, 8))
    release(m)
  elseif k == 14 then
    open("do")
    -- shadowing
    if #nv > 0 then local v = pick(nv); emit("local " .. v .. " = " .. v .. " + 1") end
    block(d - 1)
    close()
  elseif k == 15 then
    local f = fresh("f")
    local p = fresh("p")
    open("local function " .. f .. "(" .. p .. ", ...)")
    local m = mark()
    declare(p, "num")
    block(d - 1)
    emit("return " .. pick({ p, numexpr(1), p .. ", ...", "select('#', ...)" }))
    release(m)
    close()
    local n = fresh("n")
    emit("local " .. n .. " = " .. f .. "(" .. numexpr(1) .. pick({ "", ", 1, 2", ", nil" }) .. ")")
    declare(n, "num")
  elseif k == 16 then
    local t = fresh("t")
    emit("local " .. t .. " = {" .. anyexpr(1) .. ", " .. anyexpr(1) .. ", k = " .. anyexpr(1) .. "}")
    declare(t, "tab")
  elseif k == 17 and #tv > 0 then
    emit("print(dump(" .. pick(tv) .. "))")
  elseif k == 18 then
    local f = fresh("g")
    local cap = {}
    for _, v in ipairs(nv) do if chance(0.5) then cap[#cap + 1] = v end end
    open("local " .. f .. " = function()")
    for _, v in ipairs(cap) do emit(v .. " = " .. v .. " + 1") end
    emit("return " .. (#cap > 0 and table.concat(cap, ", ") or "nil"))
    close()
    emit("P(" .. f .. "())")
  elseif k == 19 and #nv > 0 then
    local v = pick(nv)
    emit(v .. " = " .. pick({ "-" .. v, "(" .. v .. " % 7)", "math.floor(" .. v .. " / 3)", v .. " ^ 2", "(" .. v .. " > 100 and 100 or " .. v .. ")" }))
  else
    emit("P(" .. mixexpr(1) .. ", " .. mixexpr(1) .. ")")
  end
end

function S.program()
  local f = fresh("body")
  open("local function " .. f .. "()")
  for _ = 1, RR(1, 3) do
    local ty = pick({ "num", "str", "bool" })
    local n = fresh(ty:sub(1, 1))
    emit("local " .. n .. " = " .. (ty == "num" and numexpr(1) or ty == "str" and strexpr(1) or boolexpr(1)))
    declare(n, ty)
  end
  block(3, RR(3, 8))
  local all = {}
  for i = 1, #scope do if scope[i].ty ~= "tab" then all[#all + 1] = scope[i].name end end
  for i = 1, #all, 8 do
    local part = {}
    for j = i, math.min(i + 7, #all) do part[#part + 1] = all[j] end
    emit("P(" .. table.concat(part, ", ") .. ")")
  end
  close()
  emit("P(pcall(" .. f .. "))")
end

-- big functions: many locals, many constants, big constructors
function S.bigfunc()
  open("(function(...)")
  S.bigfunc1()
  close("end)(" .. string.rep("1, ", R(4)) .. "nil)")
end
function S.bigfunc1()
  local k = R(5)
  if k == 1 then
    local n = RR(100, 194)
    local names = {}
    for i = 1, n do names[i] = "l" .. i end
    for i = 1, n, 10 do
      local ns, vs = {}, {}
      for j = i, math.min(i + 9, n) do ns[#ns + 1] = names[j]; vs[#vs + 1] = tostring(j) end
      emit("local " .. table.concat(ns, ", ") .. " = " .. table.concat(vs, ", "))
    end
    local e = {}
    for i = 1, 30 do e[i] = names[R(n)] end
    emit("P(" .. table.concat(e, " + ") .. ", " .. names[n] .. " * " .. names[1] .. ")")
    emit("local f = function() return " .. names[n] .. " + " .. names[R(n)] .. " end")
    emit("P(f())")
  elseif k == 2 then
    local n = RR(250, 700)
    emit("local s, t = 0, {}")
    local lines = {}
    for i = 1, n do
      local c = (i * 7919) % 100003 + i / 8
      lines[#lines + 1] = "s = s + " .. c .. "; t[" .. q("k" .. i) .. "] = " .. i
    end
    for i = 1, #lines, 4 do emit(table.concat(lines, " ", i, math.min(i + 3, #lines))) end
    emit("local c = 0 for k, v in pairs(t) do c = c + v end")
    emit("P(s, c, t.k1, t.k" .. n .. ")")
  elseif k == 3 then
    local n = RR(40, 600)
    local items = {}
    for i = 1, n do items[i] = tostring(i % 17) end
    emit("local t = {" .. table.concat(items, ", ") .. (chance(0.5) and ", ..." or "") .. "}")
    emit("local s = 0 for i = 1, #t do s = s + t[i] end")
    emit("P(#t, s, t[50], t[51], t[" .. n .. "])")
    emit("local function f(...) return {...} end")
    emit("P(#f(unpack(t)), select('#', unpack(t)))")
  elseif k == 4 then
    local n = RR(250, 400)
    emit("local t = {}")
    local parts = {}
    for i = 1, n do parts[#parts + 1] = "t[" .. i .. "] = " .. q("s" .. i) end
    for i = 1, #parts, 5 do emit(table.concat(parts, " ", i, math.min(i + 4, #parts))) end
    emit("P(#t, t[1], t[255], t[256], t[" .. n .. "], table.concat(t, '', " .. n - 3 .. "))")
  else
    -- deep nesting of blocks and closures
    local depth = RR(5, 30)
    emit("local acc = 0")
    for i = 1, depth do
      open("local function f" .. i .. "(x)")
      emit("local y" .. i .. " = x + " .. i)
      emit("acc = acc + 1")
    end
    emit("return y" .. depth .. " + acc")
    for i = depth, 1, -1 do
      close()
      if i > 1 then emit("return f" .. i .. "(y" .. (i - 1) .. ")") end
    end
    emit("P(f1(0), acc)")
  end
end

-- limits and deep structures
function S.limits()
  local k = R(9)
  if k == 1 then
    emit("local function r() return 1 + r() end")
    emit("local ok, e = pcall(r)")
    emit("P(ok, e)")
  elseif k == 2 then
    emit("local t = setmetatable({}, {})")
    emit("getmetatable(t).__index = function(t, k) return t[k] end")
    emit("local ok, e = pcall(function() return t.x end)")
    -- 5.1 runs out of C stack here, Apogee (as LuaJIT) of Lua stack: the messages differ
    emit("P(ok, (e:match('stack overflow$')))")
  elseif k == 3 then
    emit("P(pcall(unpack, {}, 1, " .. pick({ "100", "7990", "8000", "10000", "1e6", "2^31" }) .. "))")
  elseif k == 4 then
    emit("local s = string.rep('ab', " .. RR(10, 3000) .. ")")
    emit("P(#s, #s:upper(), s:sub(-3), select(2, s:gsub('ab', 'x')), #string.format('%s', s), #string.format('%q', s))")
    emit("P(#(s .. s .. s), (s .. 'z'):find('z'), s:find('ba', " .. RR(1, 100) .. ", true))")
  elseif k == 5 then
    emit("local t = {}")
    emit("for i = 1, " .. RR(100, 5000) .. " do t[i] = i * 2 end")
    emit("for i = #t, 1, -" .. RR(2, 7) .. " do table.remove(t, i) end")
    emit("P(#t, t[1], t[#t])")
    emit("local s = 0 for k, v in pairs(t) do s = s + v end P(s)")
    emit("collectgarbage() collectgarbage('collect')")
    emit("P(#t, collectgarbage('step') ~= nil)")
  elseif k == 6 then
    emit("local s = ''")
    emit("for i = 1, " .. RR(10, 300) .. " do s = s .. i .. ',' end")
    emit("P(#s, s:sub(1, 20), s:sub(-10))")
    emit("local parts = {} for w in s:gmatch('%d+') do parts[#parts + 1] = w end P(#parts)")
  elseif k == 7 then
    emit("local depth = 0")
    emit("local function nest(n) if n == 0 then return {} end return {nest(n - 1)} end")
    emit("local t = nest(" .. RR(10, 500) .. ")")
    emit("while t[1] do t = t[1]; depth = depth + 1 end")
    emit("P(depth)")
  else
    emit("local co = coroutine.wrap(function(...) local n = select('#', ...) while true do n = n + select('#', coroutine.yield(n)) end end)")
    emit("P(co(" .. string.rep("1, ", RR(0, 50)) .. "1))")
    emit("P(co(unpack({}, 1, " .. RR(0, 200) .. ")))")
    emit("local function deep(n) if n == 0 then return coroutine.yield('bottom') end return deep(n - 1) end")
    emit("local c2 = coroutine.create(deep)")
    emit("P(coroutine.resume(c2, " .. RR(1, 1000) .. "))")
    emit("P(coroutine.resume(c2, 'back'))")
  end
end

-- runtime errors whose messages name the culprit (local, upvalue, global,
-- field, method, constant) and carry a line number; expressions are split
-- over several lines at random to check line attribution
local function spl(parts)
  -- join tokens with spaces or newlines
  local r = {}
  for i = 1, #parts do
    r[#r + 1] = parts[i]
    if i < #parts then r[#r + 1] = chance(0.3) and "\n" or " " end
  end
  return table.concat(r)
end

function S.errnames()
  local f = fresh("ef")
  local up = fresh("up")
  emit("local " .. up .. " = " .. pick({ "nil", "{}", "'str'", "1", "true", "{a = {}}" }))
  emit("ENV_G = " .. pick({ "nil", "{}", "'s'", "2", "false" }))
  open("local function " .. f .. "(" .. pick({ "a", "a, b", "..." }) .. ")")
  emit("local l = " .. pick({ "nil", "{}", "'str'", "3", "true", "{f = {}}", "function() end" }))
  emit("local tt = {x = {}, n = 1, s = 'z', fn = function() end};")
  local opnd = { "l", up, "ENV_G", "tt.x", "tt.y", "tt.x.y", "tt[1]", "tt['k']", "tt.n", "tt.s", "nil", "1", "'lit'", "true",
    "(l)", "tt[tt.n]", "({})", "#tt.s", "tt.fn()", "math.nope", "string", "ENV_G2", "tt.x[l]", "a" }
  local o1, o2 = pick(opnd), pick(opnd)
  local shape = R(12)
  local function pfx(o)
    if o:match("^[%a_]") and o ~= "nil" and o ~= "true" then return o end
    if o:match("^%(") and o:match("%)$") and not o:match("%(%)$") then return o end
    return "(" .. o .. ")"
  end
  if shape == 4 or shape == 5 or shape == 6 or shape == 9 or shape == 12 then o1 = pfx(o1) end
  local code
  if shape == 1 then code = spl({ "return", o1, pick({ "+", "-", "*", "/", "%", "^" }), o2 })
  elseif shape == 2 then code = spl({ "return", o1, "..", o2 })
  elseif shape == 3 then code = spl({ "return", o1, pick({ "<", "<=", ">", ">=" }), o2 })
  elseif shape == 4 then code = spl({ "return", o1 .. "(", o2, ")" })
  elseif shape == 5 then code = spl({ "return", o1, ".", "field" })
  elseif shape == 6 then code = spl({ "return", o1 .. ":", "meth(", ")" })
  elseif shape == 7 then code = spl({ "return", "#", o1 })
  elseif shape == 8 then code = spl({ "return", "-", o1 })
  elseif shape == 9 then code = spl({ o1 .. ".k", "=", o2 })
  elseif shape == 10 then code = spl({ "for", "i", "=", o1, ",", o2, "do", "end" })
  elseif shape == 11 then code = spl({ "local", "v", "=", "'a'", "..", o1, "..", "'b'", "..", o2 })
  else code = spl({ "return", o1 .. "[", o2, "]", ".", "q" }) end
  for l in (code .. "\n"):gmatch("(.-)\n") do emit(l) end
  close()
  emit("P(pcall(" .. f .. ", nil, 1))")
  emit("ENV_G = nil")
end

-- implementation-defined corners that a drop-in replacement must still match
function S.quirks()
  local k = R(6)
  if k == 1 then
    -- sort with ties on distinguishable elements, count comparator calls
    local n = RR(2, 30)
    local items = {}
    for i = 1, n do items[i] = "{k = " .. RR(1, 4) .. ", id = " .. i .. "}" end
    emit("local t = {" .. table.concat(items, ", ") .. "}")
    emit("local calls = 0")
    emit("table.sort(t, function(a, b) calls = calls + 1 return a.k < b.k end)")
    emit("local ids = {} for i = 1, #t do ids[i] = t[i].id end")
    emit("P(calls, table.concat(ids, ' '))")
  elseif k == 2 and not FLAGS.noborder then
    -- length of tables with holes
    local items = {}
    for i = 1, RR(1, 12) do items[i] = chance(0.3) and "nil" or tostring(i) end
    emit("local t = {" .. table.concat(items, ", ") .. "}")
    emit("P(#t)")
    emit("t[" .. RR(1, 15) .. "] = nil t[" .. RR(1, 15) .. "] = 1")
    emit("P(#t)")
  elseif k == 3 then
    emit("local i, t = 1, {}")
    emit("i, t[i] = i + 1, 20")
    emit("P(i, t[1], t[2])")
    emit("local a, a = 1, 2 P(a)")
  elseif k == 4 then
    emit("P(tostring(0/0), tostring(-(0/0)), math.sqrt(-1), math.huge - math.huge, math.fmod(1, 0), 0/0 * -1)")
    emit("local z = 0 P(-z, z * -1, 1/(-z), -z .. '', string.format('%g %.1f', -z, -z))")
    if not FLAGS.nonegzerokey then emit("local t = {} t[-z] = 1 for k in pairs(t) do P(k) end") end
  elseif k == 5 and not FLAGS.noborder then
    emit("local t = {}")
    emit("for i = 1, " .. RR(1, 20) .. " do t[i] = i end")
    emit("for i = 1, " .. RR(1, 20) .. ", " .. RR(2, 3) .. " do t[i] = nil end")
    emit("P(#t)")
  else
    emit("local t = {}")
    emit("for i = " .. RR(1, 12) .. ", 1, -1 do t[i] = i end")
    emit("local ks = {} for k in pairs(t) do ks[#ks + 1] = k end")
    emit("P(#t, table.concat(ks, ' '))")
  end
end

-- grammar-generated inputs for the string library, number conversion and the lexer
local ALPHA = { "a", "b", "c", "A", "1", "2", " ", ".", "-", "(", ")", "%", "[", "]", "^", "$", "\0", "\n", "x", "_" }
local function rstr(n, alpha)
  local t = {}
  for i = 1, n do t[i] = pick(alpha or ALPHA) end
  return table.concat(t)
end

local function rpat(d)
  d = d or 2
  local parts = {}
  if chance(0.2) then parts[#parts + 1] = "^" end
  local ncap = 0
  for _ = 1, RR(1, 4) do
    local k = R(14)
    local item
    if k <= 3 then item = pick({ "a", "b", "c", "1", " ", "x", "A" })
    elseif k == 4 then item = "%" .. pick({ "a", "d", "s", "w", "p", "l", "u", "x", "c", "A", "D", "S", "W", "z", ".", "%", "(", "[", "-" })
    elseif k == 5 then item = "."
    elseif k == 6 then
      local set = {}
      for _ = 1, RR(1, 3) do set[#set + 1] = pick({ "a", "b-c", "%d", "%s", "x", "%]", "-", "^a", "A-Z", "%a" }) end
      item = "[" .. (chance(0.3) and "^" or "") .. table.concat(set) .. "]"
    elseif k == 7 and d > 0 then item = "(" .. rpat(d - 1) .. ")"; ncap = ncap + 1
    elseif k == 8 then item = "()"; ncap = ncap + 1
    elseif k == 9 then item = "%b" .. pick({ "()", "ab", "[]", "xx" })
    elseif k == 10 then item = "%f[" .. pick({ "%a", "%s", "a-c", "^%w", "%z" }) .. "]"
    elseif k == 11 and ncap > 0 then item = "%" .. R(ncap)
    else item = pick({ "a", "%a", ".", "[ab]" }) end
    if not item:find("^%%[bf]") and not item:find("^%%%d") and not item:find("^%(") and chance(0.4) then
      item = item .. pick({ "*", "+", "-", "?" })
    end
    parts[#parts + 1] = item
  end
  if chance(0.15) then parts[#parts + 1] = "$" end
  local p = table.concat(parts)
  if chance(0.08) then -- malformed on purpose
    p = p .. pick({ "%", "[a", "(", ")", "%b", "%f", "%f[a", "[%", "%9", "[^" })
  end
  return p
end

function S.patfuzz()
  for _ = 1, RR(2, 6) do
    local s = q(rstr(RR(0, 14), chance(0.5) and { "a", "b", "c", " ", "1", "(", ")", "x" } or nil))
    local p = q(rpat(2))
    local k = R(6)
    local init = chance(0.3) and (", " .. RR(-16, 16)) or ""
    if k == 1 then emit("P(pcall(string.find, " .. s .. ", " .. p .. init .. "))")
    elseif k == 2 then emit("P(pcall(string.match, " .. s .. ", " .. p .. init .. "))")
    elseif k == 3 then
      emit("P(pcall(function() local r = {} for a, b in string.gmatch(" .. s .. ", " .. p .. ") do r[#r + 1] = tostring(a) .. '/' .. tostring(b) if #r > 50 then break end end return table.concat(r, '|') end))")
    elseif k == 4 then
      local repl = pick({ q("<%0>"), q("%1-"), q("[%%]"), q(""), "{a = 'A', b = 1, ['1'] = false}", "function(a, b) return b and (tostring(a) .. tostring(b)) or nil end", q("%"), q("%9") })
      emit("P(pcall(string.gsub, " .. s .. ", " .. p .. ", " .. repl .. (chance(0.3) and (", " .. RR(-1, 3)) or "") .. "))")
    elseif k == 5 then emit("P(pcall(string.find, " .. s .. ", " .. p .. init .. (init ~= "" and ", true" or ", 1, true") .. "))")
    else emit("P(pcall(string.gsub, " .. s .. ", " .. q(pick({ "", "x*", "a?", ".-", "()" })) .. ", " .. q(pick({ "-", "<%0>", "%1" })) .. "))") end
  end
end

local function rfmt()
  local conv = pick({ "d", "i", "u", "c", "x", "X", "o", "e", "E", "f", "g", "G", "q", "s", "%", "y", "a", "n", "l" })
  local flags = ""
  for _ = 1, (chance(0.6) and RR(0, 3) or RR(4, 7)) do flags = flags .. pick({ "-", "+", " ", "#", "0" }) end
  local width = chance(0.5) and tostring(RR(0, chance(0.9) and 30 or 200)) or ""
  local prec = chance(0.4) and ("." .. (chance(0.8) and tostring(RR(0, 20)) or tostring(RR(99, 120)))) or ""
  if chance(0.1) then prec = "." end
  return "%" .. flags .. width .. prec .. conv, conv
end

function S.fmtfuzz()
  for _ = 1, RR(2, 6) do
    local f, conv = rfmt()
    local arg
    if conv == "s" or conv == "q" then arg = q(rstr(RR(0, 12))) ; if chance(0.2) then arg = numexpr(1) end
    elseif conv == "c" then arg = tostring(RR(0, 255))
    elseif conv == "%" then arg = nil
    else
      arg = pick({ tostring(RR(-1000, 1000)), "0", FLAGS.nofoldnegzero and "(-N(0))" or "-0.0", "1e15", "123.456", "-2.5", "2^31", "2^52", "0.1", "1/3", "'12'", "' 0x10 '" })
      if conv:find("[eEfgG]") and chance(0.4) then arg = numexpr(1) end
    end
    emit("P(pcall(string.format, " .. q("[" .. f .. "]") .. (arg and (", " .. arg) or "") .. "))")
  end
end

local function rnumstr()
  local k = R(5)
  if k == 1 then
    return rstr(RR(0, 8), { "1", "0", "9", ".", "e", "E", "-", "+", "x", "X", "a", "f", " ", "\t", "\n", "p", "n", "i" })
  elseif k == 2 then
    return pick({ "", " ", "\t" }) .. pick({ "", "-", "+" }) .. pick({ "0x", "0X", "" }) .. rstr(RR(1, 6), { "0", "1", "7", "9", "a", "F" })
      .. pick({ "", ".", ".5", "e2", "e-2", "p1", "E+1" }) .. pick({ "", " ", "\n", "x" })
  elseif k == 3 then
    return pick({ "inf", "-inf", "nan", "INF", "Infinity", "0x", "1e", ".", "-.5", "5.", "1e309", "-1e309", "4.9e-324", "2.5e-324", "0x1p-1074", "0x.8", "0x8.", "1e+", "00", "-0", "0x0", "  12  ", "1 2" })
  elseif k == 4 then
    return tostring(RR(0, 99999)) .. pick({ "", ".", "." .. RR(0, 999) }) .. pick({ "", "e" .. RR(-320, 320), "E" .. RR(-20, 20) })
  else
    return pick({ "0x", "" }) .. string.format("%x", RR(0, 2147483646)) .. string.format("%x", RR(0, 65535))
  end
end

function S.numfuzz()
  for _ = 1, RR(2, 6) do
    local str = rnumstr()
    local s = q(str)
    local k = R(5)
    -- hexadecimal fractions and exponents (0x.8, 0x1p-4) are numerals for LuaJIT's lexer (and
    -- Apogee's), not for 5.1's: only tonumber, where 5.1's strtod reads them too
    if k >= 4 and str:find("0[xX]") and str:find("[.pP]") then k = 1 end
    if k == 1 then emit("P(tonumber(" .. s .. "))")
    elseif k == 2 then emit("P(pcall(function() return " .. s .. " + 0 end))")
    elseif k == 3 then
      local b = pick({ "2", "8", "10", "16", "36", "3", "17" })
      emit("P(tonumber(" .. q(rstr(RR(0, 8), { "0", "1", "7", "9", "a", "z", "Z", "-", " ", "g" })) .. ", " .. b .. "))")
    elseif k == 4 then emit("P(loadstring('return ' .. " .. s .. "))")
    else emit("local f = loadstring('return ' .. " .. s .. ") if f then P(pcall(f)) end") end
  end
end

-- random doubles printed in several ways
function S.printnum()
  for _ = 1, RR(2, 5) do
    local k = R(4)
    local e
    if k == 1 then e = "math.ldexp(" .. RR(1, 2147483646) .. ", " .. RR(-1100, 1000) .. ")"
    elseif k == 2 then e = RR(0, 999999) .. "." .. RR(0, 999999) .. "e" .. RR(-30, 30)
    elseif k == 3 then e = tostring(RR(1, 2147483646)) .. " * " .. tostring(RR(1, 2147483646)) .. " / " .. RR(1, 1000)
    else e = "2^" .. RR(-60, 70) .. " + " .. pick({ "0", "1", "-1", "0.5", "2^-40" }) end
    emit("do local x = " .. (chance(0.3) and (FLAGS.nofoldnegzero and "-N" or "-") or "") .. "(" .. e .. ") P(x) print(x, x .. '', string.format('%.14g|%.17g|%g|%.3f|%e', x, x, x, x, x)) end")
  end
end

function S.lexfuzz()
  local toks = {
    "'a\\tb'", "'\\65\\066\\0067'", "'\\q41'", "'\\j'", "\"\\\\\"", "'\\\n'", "[[x]]", "[==[a]]b]==]", "[[\nfirst newline]]",
    "'\\1234'", "'\\255'", "'\\256'", "0xAbC", "1e-2", "3.", ".3e1", "0x", "1.2.3", "1e", "0x1p4", "3..2", "'unterminated",
    "--[[ c ]] 1", "-- c\n 2", "--[==[ x ]==] 3", "[=[ ]] ]=]", "'\\a\\b\\f\\v\\r'", "'\\''", "\"'\"", "1--[[x]]+1",
    "a.b", "#'abc'", "2^-1", "- -2", "not nil", "...", "{1,2;3,}", "{[1]=1,}", "{;}", "(1)", "'x':upper()", "[[a]]:rep(2)",
  }
  for _ = 1, RR(2, 5) do
    local src = "return " .. pick(toks)
    if chance(0.3) then src = src .. " .. " .. pick(toks) end
    emit("P(loadstring(" .. q(src) .. "))")
    emit("do local f = loadstring(" .. q(src) .. ") if f then P(pcall(f)) end end")
  end
end

function S.osdate()
  for _ = 1, RR(1, 4) do
    local t = RR(0, 2000000000)
    local f = pick({ "!%Y-%m-%d %H:%M:%S", "!%c", "!%x %X", "!%j %U %w %a %b", "!%A %B %p %y", "!%%", "!*t", "!%d/%m" })
    if f == "!*t" then
      emit("do local d = os.date('!*t', " .. t .. ") P(d.year, d.month, d.day, d.hour, d.min, d.sec, d.wday, d.yday, d.isdst) end")
    else
      emit("P(os.date(" .. q(f) .. ", " .. t .. "))")
    end
  end
  emit("P(os.time({year = " .. RR(1971, 2037) .. ", month = " .. RR(1, 14) .. ", day = " .. RR(0, 40) .. ", hour = 12}) ~= nil)")
  emit("P(pcall(os.time, {year = 2000}))")
  emit("P(os.difftime(10, 5), type(os.clock()), os.getenv('FUZZ_NO_SUCH_VAR'))")
end

function S.bytes()
  local a, b = RR(0, 255), RR(0, 255)
  if a > b then a, b = b, a end
  emit("do local t = {} for i = " .. a .. ", " .. b .. " do t[#t + 1] = string.char(i) end local s = table.concat(t)")
  emit("  P(#s, string.format('%q', s), s:upper() == s, s:lower():byte(1, -1))")
  emit("  P(s:find('%" .. pick({ "a", "c", "p", "s", "w", "x", "u", "l", "d", "z" }) .. "+'), select(2, s:gsub('%" .. pick({ "a", "c", "p", "s", "w", "x", "u", "l", "d", "z" }) .. "', '')))")
  emit("end")
end

-- and/or/not/comparison expressions over mixed-type locals and constants, in
-- every context the compiler treats differently (value, condition, store,
-- argument, return, upvalue, table field)
local LOGK = { "nil", "false", "true", "0", "1", "'s'", "''", "2.5" }
local function logexpr(d, names)
  if d <= 0 or chance(0.2) then
    if chance(0.6) then return pick(names) end
    return pick(LOGK)
  end
  local k = R(9)
  if k <= 3 then return "(" .. logexpr(d - 1, names) .. " and " .. logexpr(d - 1, names) .. ")"
  elseif k <= 6 then return "(" .. logexpr(d - 1, names) .. " or " .. logexpr(d - 1, names) .. ")"
  elseif k == 7 then return "(not " .. logexpr(d - 1, names) .. ")"
  elseif k == 8 then return "(" .. logexpr(d - 1, names) .. " " .. pick({ "==", "~=" }) .. " " .. logexpr(d - 1, names) .. ")"
  else
    local nv = {}
    for _, n in ipairs(names) do nv[#nv + 1] = n end
    return "(type(" .. logexpr(d - 1, names) .. ") == 'number')"
  end
end

function S.logic()
  local names = {}
  local vals = { "nil", "false", "true", "0", "7", "'s'", "{}" }
  for i = 1, RR(2, 4) do
    names[i] = "L" .. i
    emit("local " .. names[i] .. " = " .. pick(vals))
  end
  local function show1(e) return "show(" .. e .. ")" end
  for _ = 1, RR(3, 8) do
    local e = logexpr(RR(1, 4), names)
    local k = R(9)
    if k == 1 then emit("print(" .. show1(e) .. ")")
    elseif k == 2 then emit("do local r = " .. e .. " print(show(r)) end")
    elseif k == 3 then emit("if " .. e .. " then print('T') else print('F') end")
    elseif k == 4 then emit("do local c = 0 while " .. e .. " and c < 2 do c = c + 1 end print(c) end")
    elseif k == 5 then emit("do local t = {} t.f = " .. e .. " t[1] = " .. e .. " print(show(t.f), show(t[1])) end")
    elseif k == 6 then emit("print((function() return " .. e .. " end)() == " .. e .. ", show((function() return " .. e .. " end)()))")
    elseif k == 7 then
      local v = pick(names)
      emit("do local function up() " .. v .. " = " .. e .. " end up() print(show(" .. v .. ")) end")
    elseif k == 8 then emit("P(" .. e .. ", " .. e .. ")")
    else emit("do local r = not " .. e .. " print(r) end") end
  end
end

---------------------------------------------------------------------------
-- Program
---------------------------------------------------------------------------
local SNIPPETS = {
  { 14, "arith" }, { 10, "strings" }, { 5, "coerce" }, { 9, "patterns" }, { 6, "strlib" },
  { 8, "tables" }, { 8, "seq" }, { 7, "closures" }, { 6, "varargs" }, { 3, "multiassign" },
  { 9, "meta" }, { 7, "coroutines" }, { 9, "errors" }, { 6, "loops" }, { 6, "tabloops" }, { 4, "recursion" },
  { 3, "env" }, { 5, "mathlib" }, { 14, "program" }, { 3, "bigfunc" }, { 3, "limits" }, { 10, "errnames" },
  { FLAGS.noquirks and 0 or 3, "quirks" }, { 8, "patfuzz" }, { 6, "fmtfuzz" }, { 6, "numfuzz" },
  { 4, "printnum" }, { FLAGS.noandor and 0 or 10, "logic" }, { 4, "lexfuzz" }, { 2, "osdate" }, { 2, "bytes" },
}

local fl = {}
for f in pairs(FLAGS) do fl[#fl + 1] = f end
table.sort(fl)
emit("-- generated by tests/fuzz/gen.lua seed " .. seed .. (#fl > 0 and (" flags " .. table.concat(fl, ",")) or ""))
emit("local function N(x) return x end")
emit("local function nn(x) if x ~= x then return 0 end return x end")
emit("local function show(v)")
emit("  local t = type(v)")
emit("  if t == 'string' then return string.format('%q', v) end")
emit("  if t == 'number' or t == 'boolean' or t == 'nil' then return tostring(v) end")
emit("  return t")
emit("end")
emit("local function P(...)")
emit("  local n = select('#', ...)")
emit("  local parts = {}")
emit("  for i = 1, n do parts[i] = show((select(i, ...))) end")
emit("  print(n .. ':' .. table.concat(parts, ' '))")
emit("end")
emit("local function dump(t)")
emit("  local ks = {}")
emit("  for k in pairs(t) do ks[#ks + 1] = k end")
emit("  table.sort(ks, function(a, b)")
emit("    local ta, tb = type(a), type(b)")
emit("    if ta ~= tb then return ta < tb end")
emit("    if ta == 'number' or ta == 'string' then return a < b end")
emit("    if ta == 'boolean' then return (not a) and b end")
emit("    return false")
emit("  end)")
emit("  local parts = {}")
emit("  for i = 1, #ks do parts[i] = show(ks[i]) .. '=' .. show(t[ks[i]]) end")
emit("  return '{' .. table.concat(parts, ',') .. '}'")
emit("end")

local nsnip = RR(6, 16)
for i = 1, nsnip do
  local name = wpick(SNIPPETS)
  open("do -- @snippet " .. i .. " " .. name)
  local m = mark()
  local wrap = chance(0.15)
  if wrap then
    open("P(pcall(function()")
  end
  S[name]()
  if wrap then close("end))") end
  release(m)
  close("end -- @end " .. i)
end

-- occasionally finish with an uncaught error (exit status, stderr, traceback)
if chance(0.08) then
  emit(pick({ "error('final error')", "error({})", "error('no position', 0)", "local x = nil; x.field = 1",
    "error(42)", "error()", "undefined_function_at_end()", "error(setmetatable({}, {__tostring = function() return 'TS' end}))" }))
end

io.write(table.concat(out, "\n"), "\n")

-- misuse of goto and labels: LuaJIT's messages, at the goto's line
local function try(s) print(select(2, loadstring(s, "=c"))) end
try("goto nowhere")
try("local x\ngoto foo\nprint(1)")
try("do goto l; local x; ::l:: print(x) end")
try("goto l; local x = 1; ::l:: print(x)")
try("::a:: ::a::")
try("::a::\n\n::a::")
try("repeat goto l; local x; ::l:: until x")
try("goto l; local x; ::l:: ;;")
try("do ::l:: end goto l")
try("local function f()\n goto x\nend")
try("::1::")
try(":: a")
try("goto goto")
try("for i = 1, 2 do\n  goto l\n  local z\n  ::l::\n  print(z)\nend")
-- accepted: a label at the end of a block, followed only by other labels
print(type(loadstring("goto l; local x; ::l:: ::m::")))
print(type(loadstring("::a:: do ::a:: end")))
print(type(loadstring("repeat local x; goto l; ::l:: until x")))

-- Expected output (produced by luajit 2.1):
-- expect: c:1: undefined label 'nowhere'
-- expect: c:2: undefined label 'foo'
-- expect: c:1: <goto l> jumps into the scope of local 'x'
-- expect: c:1: <goto l> jumps into the scope of local 'x'
-- expect: c:1: duplicate label 'a'
-- expect: c:3: duplicate label 'a'
-- expect: c:1: <goto l> jumps into the scope of local 'x'
-- expect: c:1: <goto l> jumps into the scope of local 'x'
-- expect: c:1: undefined label 'l'
-- expect: c:2: undefined label 'x'
-- expect: c:1: '<name>' expected near '1'
-- expect: c:1: '::' expected near '<eof>'
-- expect: c:1: '=' expected near 'goto'
-- expect: c:2: <goto l> jumps into the scope of local 'z'
-- expect: function
-- expect: function
-- expect: function

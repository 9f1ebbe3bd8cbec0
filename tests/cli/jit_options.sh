# LuaJIT's -joff and -O flags are accepted; -jon is refused since there is no JIT compiler.
$LUA -joff -O3 -e 'print("ran")'
# expect: ran
$LUA -j off -e 'print("ran again")'
# expect: ran again
$LUA -jon -e 'print("no")' 2>/dev/null; echo "exit $?"
# expect: exit 1

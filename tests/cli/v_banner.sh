# -v prints a banner mentioning Lua 5.1 and exits 0
$LUA -v >/dev/null 2>&1
echo "rc=$?"
# expect: rc=0
if $LUA -v 2>&1 | grep -q "Lua 5.1"; then echo banner-ok; else echo banner-missing; fi
# expect: banner-ok
$LUA -v -e 'print("after banner")' 2>/dev/null
# expect: after banner

# a nonexistent script file fails with status 1
$LUA nofile.lua 2>/dev/null
echo "rc=$?"
# expect: rc=1
if $LUA nofile.lua 2>&1 | grep -q "cannot open nofile.lua"; then echo message-ok; else echo message-missing; fi
# expect: message-ok

# an unrecognised option is rejected with a nonzero status
$LUA -Z >/dev/null 2>&1
rc=$?
if [ "$rc" -ne 0 ]; then echo rejected; else echo accepted; fi
# expect: rejected
$LUA -e >/dev/null 2>&1
rc=$?
if [ "$rc" -ne 0 ]; then echo rejected; else echo accepted; fi
# expect: rejected

# errors in a script read via '-' give exit status 1
printf 'x = = 1\n' | $LUA - >/dev/null 2>&1
echo "rc=$?"
# expect: rc=1
printf 'print("a")\nerror("b")\n' | $LUA - 2>/dev/null
echo "rc=$?"
# expect: a
# expect: rc=1

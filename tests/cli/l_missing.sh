# -l with a module that cannot be found fails with status 1
export LUA_PATH='tests/cli/data/?.luam'
$LUA -l no_such_module_xyz -e 'print("not reached")' 2>/dev/null
echo "rc=$?"
# expect: rc=1
$LUA -l no_such_module_xyz 2>&1 | head -1 | sed 's/^[^:]*: //'
# expect: module 'no_such_module_xyz' not found:

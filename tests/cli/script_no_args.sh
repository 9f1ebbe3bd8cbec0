# a script without arguments: empty arg list and no varargs
$LUA tests/cli/data/main_varargs.txt
# expect: 0	nil	nil	nil
# expect: true	true
$LUA tests/cli/data/main_varargs.txt "with space" ""
# expect: 2	with space		nil
# expect: true	true

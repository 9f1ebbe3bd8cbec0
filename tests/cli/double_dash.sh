# '--' ends option processing
$LUA -- tests/cli/data/main_varargs.txt -e
# expect: 1	-e	nil	nil
# expect: true	true
$LUA -e 'print("opt")' -- tests/cli/data/main_varargs.txt x y
# expect: opt
# expect: 2	x	y	nil
# expect: true	true

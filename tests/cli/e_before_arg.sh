# -e chunks run before the arg table is created
$LUA -e 'print(arg)' tests/cli/data/neg.txt p
# expect: nil
# expect: -e	print(arg)	tests/cli/data/neg.txt	p
# expect: true	nil

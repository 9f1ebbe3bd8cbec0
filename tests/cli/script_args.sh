# the arg table holds the script name at 0 and arguments at 1..n
$LUA tests/cli/data/args.txt a b c | sed "s|^-1	$LUA\$|-1	<interpreter>|"
# expect: n	3
# expect: -1	<interpreter>
# expect: 0	tests/cli/data/args.txt
# expect: 1	a
# expect: 2	b
# expect: 3	c
# expect: ...	3	a	b	c

# interpreter options appear at negative indices of arg
$LUA -e 'y = 1' tests/cli/data/neg.txt x
# expect: -e	y = 1	tests/cli/data/neg.txt	x
# expect: true	nil
$LUA -- tests/cli/data/neg.txt | sed "s|^$LUA	|<interpreter>	|"
# expect: <interpreter>	--	tests/cli/data/neg.txt	nil
# expect: false	nil

# a script can dofile another file relative to the working directory
$LUA tests/cli/data/does_dofile.txt q
# expect: target	0
# expect: r1	r2
# expect: q

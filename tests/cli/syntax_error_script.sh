# a syntax error in the script file: nothing runs, exit status 1
$LUA tests/cli/data/syntax_error.txt 2>/dev/null
echo "rc=$?"
# expect: rc=1
$LUA tests/cli/data/syntax_error.txt 2>&1 | head -1 | sed 's/^[^:]*: //'
# expect: tests/cli/data/syntax_error.txt:2: unexpected symbol near '='

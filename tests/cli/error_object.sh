# non-string error objects
$LUA tests/cli/data/error_table.txt 2>/dev/null
# expect: before error
$LUA tests/cli/data/error_table.txt 2>&1 >/dev/null | head -1 | sed 's/^[^:]*: //'
# expect: (error object is not a string)
$LUA tests/cli/data/error_table.txt >/dev/null 2>&1
echo "rc=$?"
# expect: rc=1
$LUA tests/cli/data/error_number.txt 2>&1 | head -1 | sed 's/^[^:]*: //'
# expect: tests/cli/data/error_number.txt:1: 42

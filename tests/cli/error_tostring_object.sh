# an error object with __tostring still counts as a non-string in 5.1
$LUA tests/cli/data/error_tostring.txt 2>&1 | head -1 | sed 's/^[^:]*: //'
# expect: (error object is not a string)
$LUA tests/cli/data/error_tostring.txt 2>/dev/null
echo "rc=$?"
# expect: rc=1

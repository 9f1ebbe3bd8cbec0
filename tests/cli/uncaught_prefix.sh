# the error report starts with the program name followed by ': '
out=$($LUA tests/cli/data/error_level0.txt 2>&1)
case "$out" in
  *": plain message"*) echo prefixed ;;
  *) echo "unexpected: $out" ;;
esac
# expect: prefixed
$LUA tests/cli/data/error_level0.txt 2>&1 | head -1 | sed 's/^[^:]*: //'
# expect: plain message

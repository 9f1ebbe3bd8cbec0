# normal output goes to stdout, errors to stderr
$LUA -e 'print("out")' -e 'error("err", 0)' 2>/dev/null
# expect: out
n=$($LUA -e 'print("out")' -e 'error("err", 0)' 2>&1 >/dev/null | head -1 | sed 's/^[^:]*: //')
echo "stderr=$n"
# expect: stderr=err

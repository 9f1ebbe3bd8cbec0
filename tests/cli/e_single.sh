# a single -e chunk
$LUA -e 'print(1)'
# expect: 1
$LUA -e 'print(1 + 2, "x")'
# expect: 3	x
echo "rc=$?"
# expect: rc=0

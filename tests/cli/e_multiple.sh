# several -e chunks run in order and share globals
$LUA -e 'x = 10' -e 'print(x)' -e 'x = x + 1' -e 'print(x)'
# expect: 10
# expect: 11
$LUA -e 'local y = 5' -e 'print(y)'
# expect: nil

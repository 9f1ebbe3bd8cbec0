# without a script, -e chunks see no arg table
$LUA -e 'print(arg)'
# expect: nil
$LUA -e 'print(select("#", ...))'
# expect: 0

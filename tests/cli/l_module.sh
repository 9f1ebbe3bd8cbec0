# -l requires a module found through LUA_PATH
export LUA_PATH='tests/cli/data/?.luam'
$LUA -l greet -e 'print(greet.hello("world"))'
# expect: greet module loading
# expect: hello world
$LUA -l greet -l greet -e 'print(greet_loaded)'
# expect: greet module loading
# expect: 1
$LUA -l greet tests/cli/data/uses_greet.txt
# expect: greet module loading
# expect: 1	true

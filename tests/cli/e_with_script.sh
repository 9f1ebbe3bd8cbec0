# -e runs before the script, and the script sees globals it set
$LUA -e 'preset = "from -e"' tests/cli/data/args.txt one | head -1
# expect: n	1
$LUA -e 'print("first")' -e 'print(preset)' tests/cli/data/uses_greet.txt
# expect: first
# expect: nil
# expect: nil	false

# Arithmetic on a string that is a number compiles (TONUMS), no abort: -jv of a loop adding
# the numbers matched in text (as bench/patterns.lua does).
out=$("$LUA" -jv -Ohotloop=2,hotexit=2 -e 'local s = 0 for i = 1, 50 do local y, m = ("2024-" .. i):match("(%d+)-(%d+)") s = s + y + m * 31 end print(s)' 2>&1)
echo "$out" | grep -v TRACE
# expect: 140725
echo "$out" | grep -c 'TRACE ---'
# expect: 0
echo "$out" | grep -c '(command line):1 loop'
# expect: 1
exit 0

# Library calls that run Lua code on the trace's thread (table.sort with a comparison,
# string.gsub with a function): the loop compiles, and the comparison's instructions are not
# recorded into it (no "frame change" abort). A new gmatch iterator each time keeps to three
# traces: the inner loop's, the outer loop's (which links to it) and one side trace from the
# inner loop's exit (the iterator's C function is guarded, not the closure, so no new side
# trace per iterator).
prog='local n = 0
for i = 1, 60 do local t = { 3, i, 1 } table.sort(t, function(a, b) return a > b end) n = n + t[1] + #(("a1b2"):gsub("%d", function(d) return d .. d end)) end
print(n)'
out=$("$LUA" -jv -Ohotloop=3,hotexit=5 -e "$prog" 2>&1)
echo "$out" | grep -v TRACE
# expect: 2193
echo "$out" | grep -c 'frame change\|NYI'
# expect: 0
echo "$out" | grep -c '^\[TRACE *[0-9]* (command line):2 loop\]$'
# expect: 1
"$LUA" -jv -Ohotloop=3,hotexit=3 -e 'local s = "a bb ccc dddd" local n = 0 for r = 1, 200 do for w in s:gmatch("%a+") do n = n + #w end end print(n)' 2>&1 | grep -c '^\[TRACE *[0-9]'
# expect: 3
exit 0

# A loop whose recorded iteration changes the type of a slot it carries (a number becomes a
# string, a table becomes nil) closes without the loop copy: the trace links to itself
# ("loop, no loop copy" in -jv) instead of aborting, and its entry guards exit where the type
# differs (a side trace that then meets the change still aborts and is retried without its
# own loop). Results as the interpreter's; -O-loop (no loop copy at all) gives the same.
prog='local v, n, s = 1, 0, 0
for i = 1, 200 do
  if type(v) == "number" then n = n + v else s = s + #v end
  if i % 2 == 0 then v = "ab" else v = i end
end
print(n, s)
local list = nil
for i = 1, 60 do list = { next = list, v = i } end
local sum, p = 0, list
while p ~= nil do sum = sum + p.v; p = p.next end
print(sum)'
out=$("$LUA" -jv -Ohotloop=1,hotexit=2 -e "$prog" 2>&1)
echo "$out" | grep -v TRACE
# expect: 10001	198
# expect: 1830
echo "$out" | grep -c '^\[TRACE --- (command line)'
# expect: 0
echo "$out" | grep -c 'loop, no loop copy'
# expect: 1
"$LUA" -O-loop -e "$prog"
# expect: 10001	198
# expect: 1830
"$LUA" -O-loop -jv -e 'local s = 0 for i = 1, 100 do s = s + i end print(s)' 2>&1 | grep -v '^\[TRACE ---\|^\[TRACE *[0-9]* ([0-9]*/'
# expect: [TRACE   1 (command line):1 loop, no loop copy]
# expect: 5050
exit 0

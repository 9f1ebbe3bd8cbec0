# Sampling never changes what a program does: the tests of coroutines, yields and errors
# print the same and exit the same under -jp (every 0.1 ms,
# stacks walked in full), as without it.
for t in tests/lua/coroutine/*.lua tests/lua/yield/*.lua tests/lua/errors/pcall*.lua \
         tests/lua/errors/xpcall*.lua tests/lua/errors/stack_overflow*.lua; do
  [ "$t" = tests/lua/coroutine/many.lua ] && continue   # (a second of coroutines: too slow)
  want=$($LUA $t 2>/dev/null; echo "exit $?")
  got=$($LUA -jp=ci0.1,/dev/null $t 2>/dev/null; echo "exit $?")
  [ "$want" = "$got" ] || echo "differs: $t"
done
echo done
# expect: done
# Deep recursion (stack overflow caught) and an uncaught error: same output and status.
P='local function r(n) return 1 + r(n + 1) end
print(pcall(r, 1))
local function d(n) if n == 0 then local s = 0 for i = 1, 3e5 do s = s + i end return s end return 1 + d(n - 1) end
print(d(10000))
error("the end")'
$LUA -e "$P" 2>/tmp/jp_err.$$; echo "exit $?"; cat /tmp/jp_err.$$
# expect: false	(command line):1: stack overflow
# expect: 45000160000
# expect: exit 1
# expect: apogee: (command line):5: the end
# expect: stack traceback:
# expect: 	[C]: in function 'error'
# expect: 	(command line):5: in main chunk
# expect: 	[C]: ?
$LUA -jp=ci0.05,/dev/null -e "$P" 2>/tmp/jp_err.$$; echo "exit $?"; cat /tmp/jp_err.$$
# expect: false	(command line):1: stack overflow
# expect: 45000160000
# expect: exit 1
# expect: apogee: (command line):5: the end
# expect: stack traceback:
# expect: 	[C]: in function 'error'
# expect: 	(command line):5: in main chunk
# expect: 	[C]: ?
rm -f /tmp/jp_err.$$

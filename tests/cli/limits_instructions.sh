# --max-instructions=N stops a runaway program with "instruction limit exceeded", an error that
# pcall cannot swallow (each later instruction raises it again): loops, recursion, string and
# table growth, a backtracking pattern match (its steps are charged), a coroutine ring, nested
# pcalls and a looping error handler. The same with every loop compiled (APOGEE_HOTLOOP=1).
for hot in 56 1; do
  for c in loop forloop recursion tailcall strings tables pattern gsub coroutines nested handler; do
    APOGEE_HOTLOOP=$hot $LUA --max-instructions=200000 tests/cli/data/runaway.lua $c 2>&1 | head -n 1
  done
done
# A program within the budget runs to its end.
$LUA --max-instructions=1000 -e 'local s = 0 for i = 1, 100 do s = s + i end print(s)'
echo "exit $?"
# Exactly N instructions run: this chunk is 3 (KSHORT, KSHORT, RET).
echo 'local a, b = 1, 2' | $LUA --max-instructions=3 -; echo "3: exit $?"
echo 'local a, b = 1, 2' | $LUA --max-instructions=2 - 2>/dev/null; echo "2: exit $?"
# expect: apogee: tests/cli/data/runaway.lua:40: instruction limit exceeded
# expect: apogee: tests/cli/data/runaway.lua:40: instruction limit exceeded
# expect: apogee: tests/cli/data/runaway.lua:40: instruction limit exceeded
# expect: apogee: tests/cli/data/runaway.lua:40: instruction limit exceeded
# expect: apogee: tests/cli/data/runaway.lua:40: instruction limit exceeded
# expect: apogee: tests/cli/data/runaway.lua:40: instruction limit exceeded
# expect: apogee: tests/cli/data/runaway.lua:40: instruction limit exceeded
# expect: apogee: tests/cli/data/runaway.lua:40: instruction limit exceeded
# expect: apogee: tests/cli/data/runaway.lua:40: instruction limit exceeded
# expect: apogee: tests/cli/data/runaway.lua:40: instruction limit exceeded
# expect: apogee: tests/cli/data/runaway.lua:40: instruction limit exceeded
# expect: apogee: tests/cli/data/runaway.lua:40: instruction limit exceeded
# expect: apogee: tests/cli/data/runaway.lua:40: instruction limit exceeded
# expect: apogee: tests/cli/data/runaway.lua:40: instruction limit exceeded
# expect: apogee: tests/cli/data/runaway.lua:40: instruction limit exceeded
# expect: apogee: tests/cli/data/runaway.lua:40: instruction limit exceeded
# expect: apogee: tests/cli/data/runaway.lua:40: instruction limit exceeded
# expect: apogee: tests/cli/data/runaway.lua:40: instruction limit exceeded
# expect: apogee: tests/cli/data/runaway.lua:40: instruction limit exceeded
# expect: apogee: tests/cli/data/runaway.lua:40: instruction limit exceeded
# expect: apogee: tests/cli/data/runaway.lua:40: instruction limit exceeded
# expect: apogee: tests/cli/data/runaway.lua:40: instruction limit exceeded
# expect: 5050
# expect: exit 0
# expect: 3: exit 0
# expect: 2: exit 1

# --max-instructions=N stops a runaway program with "time limit exceeded", an error that
# pcall cannot swallow (each later instruction raises it again): loops, recursion, string and
# table growth, a backtracking pattern match (its steps are charged), a coroutine ring, nested
# pcalls and a looping error handler. The same with every loop compiled (APOGEE_HOTLOOP=1).
for hot in 56 1; do
  for c in loop forloop recursion tailcall strings tables pattern gsub coroutines nested handler; do
    APOGEE_HOTLOOP=$hot $LUA --timeout=0.1 tests/cli/data/runaway.lua $c 2>&1 | head -n 1
  done
done
# A program that ends in time runs to its end (and the watchdog thread does not keep it).
$LUA --timeout=30 -e 'print("done")'
echo "exit $?"
# expect: apogee: tests/cli/data/runaway.lua:40: time limit exceeded
# expect: apogee: tests/cli/data/runaway.lua:40: time limit exceeded
# expect: apogee: tests/cli/data/runaway.lua:40: time limit exceeded
# expect: apogee: tests/cli/data/runaway.lua:40: time limit exceeded
# expect: apogee: tests/cli/data/runaway.lua:40: time limit exceeded
# expect: apogee: tests/cli/data/runaway.lua:40: time limit exceeded
# expect: apogee: tests/cli/data/runaway.lua:40: time limit exceeded
# expect: apogee: tests/cli/data/runaway.lua:40: time limit exceeded
# expect: apogee: tests/cli/data/runaway.lua:40: time limit exceeded
# expect: apogee: tests/cli/data/runaway.lua:40: time limit exceeded
# expect: apogee: tests/cli/data/runaway.lua:40: time limit exceeded
# expect: apogee: tests/cli/data/runaway.lua:40: time limit exceeded
# expect: apogee: tests/cli/data/runaway.lua:40: time limit exceeded
# expect: apogee: tests/cli/data/runaway.lua:40: time limit exceeded
# expect: apogee: tests/cli/data/runaway.lua:40: time limit exceeded
# expect: apogee: tests/cli/data/runaway.lua:40: time limit exceeded
# expect: apogee: tests/cli/data/runaway.lua:40: time limit exceeded
# expect: apogee: tests/cli/data/runaway.lua:40: time limit exceeded
# expect: apogee: tests/cli/data/runaway.lua:40: time limit exceeded
# expect: apogee: tests/cli/data/runaway.lua:40: time limit exceeded
# expect: apogee: tests/cli/data/runaway.lua:40: time limit exceeded
# expect: apogee: tests/cli/data/runaway.lua:40: time limit exceeded
# expect: done
# expect: exit 0

# -jp: the v, r, m, i modes, the report into a file, a bad mode letter.
W=tests/cli/data/jp_work.lua
# v: VM states only.
$LUA -jp=v $W | sed '1d' | grep -Evc '^ ?[0-9]+%  (Interpreted|Compiled|C code|Garbage Collector|JIT Compiler)$'
# expect: 0
# r: raw counts; m0: everything; i2: every 2 ms.
$LUA -jp=rm0i2 $W | grep -Eq '^ *[0-9]+  hot$' && echo raw
# expect: raw
$LUA -jp=i2 $W | tail -1 | grep -q 'every 2 ms' && echo interval
# expect: interval
# The report can go to a file.
$LUA -jp=f,/tmp/jp_out.$$ $W
# expect: true
grep -Eq '^ ?[0-9]+%  hot$' /tmp/jp_out.$$ && echo file
# expect: file
# A bad mode letter is refused before the script runs.
$LUA -jp=fq $W 2>&1 >/dev/null | head -1
# expect: apogee: -jp: unknown mode letter 'q'
$LUA -jp=fq $W >/dev/null 2>&1; echo "exit $?"
# expect: exit 1
rm -f /tmp/jp_out.$$

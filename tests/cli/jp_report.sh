# -jp's text reports (LuaJIT's modes): lines "NN%  name", the VM-state summary, and the
# program's own output unchanged.
W=tests/cli/data/jp_work.lua
$LUA $W
# expect: true
# f (the default): functions; `hot` first; then the summary line.
$LUA -jp $W > /tmp/jp_f.$$
head -1 /tmp/jp_f.$$
# expect: true
sed -n 2p /tmp/jp_f.$$ | grep -Eq '^ ?[0-9]+%  hot$' && echo "hot first"
# expect: hot first
sed '1d;$d' /tmp/jp_f.$$ | grep -Evc '^ ?[0-9]+%  .'
# expect: 0
tail -1 /tmp/jp_f.$$ | grep -Eq '^-- [0-9]+ samples every 1 ms: (Interpreted|Compiled|C code|Garbage Collector|JIT Compiler) [0-9]+%' && echo summary
# expect: summary
# l: source lines.
$LUA -jp=l $W | sed -n 2p | grep -Eq '^ ?[0-9]+%  jp_work\.lua:[0-9]+$' && echo lines
# expect: lines
# F: module:name; 3 levels deep, callee < caller.
$LUA -jp=F3 $W | sed -n 2p | grep -Eq '^ ?[0-9]+%  jp_work\.lua:hot < jp_work\.lua:0 < \[C\]$' && echo stacks
# expect: stacks
# Inverse depth: caller > callee.
$LUA -jp=f-2 $W | sed -n 2p | grep -Eq '^ ?[0-9]+%  .* > hot$' && echo inverse
# expect: inverse
# s: split after the first level.
$LUA -jp=fs2 $W | sed -n 3p | grep -Eq '^  <- +[0-9]+%  ' && echo split
# expect: split
# v: VM states only.
$LUA -jp=v $W | sed '1d' | grep -Evc '^ ?[0-9]+%  (Interpreted|Compiled|C code|Garbage Collector|JIT Compiler)$'
# expect: 0
# r: raw counts; m0: everything; i2: every 2 ms.
$LUA -jp=rm0i2 $W | sed -n 2p | grep -Eq '^ *[0-9]+  hot$' && echo raw
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
rm -f /tmp/jp_f.$$ /tmp/jp_out.$$

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
rm -f /tmp/jp_f.$$

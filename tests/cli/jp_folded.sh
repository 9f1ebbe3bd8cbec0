# Folded stacks ("a;b;c count", flamegraph.pl's input): -jp=F,file.folded (by the file's
# extension), -jp=c (Apogee's letter), -jp=G (LuaJIT's raw output for graphical tools).
W=tests/cli/data/jp_work.lua
F=/tmp/jp_folded.$$
$LUA -jp=F,$F.folded $W 0.6   # 0.6 s: warm, a few percent of the time, gets samples too
# expect: true
# Every line is frames separated by ';' and a count; frames outermost first.
grep -Evc '^[^ ;][^;]*(;[^;]+)* [0-9]+$' $F.folded
# expect: 0
# The hot stack: the C caller, the main chunk, then hot (F: module:name) with its definition.
grep -Eq '^\[C\];jp_work\.lua:0;jp_work\.lua:hot \(jp_work\.lua:2\) [0-9]+$' $F.folded && echo "hot stack"
# expect: hot stack
# warm calls tostring (a C function).
grep -Eq ';jp_work\.lua:warm \(jp_work\.lua:7\)' $F.folded && echo "warm stack"
# expect: warm stack
# No line twice.
cut -d' ' -f1 $F.folded | sort | uniq -d | wc -l
# expect: 0
# c and G to stdout: the same shape, after the program's output.
$LUA -jp=c $W | sed 1d | grep -Evc '^[^ ;][^;]*(;[^;]+)* [0-9]+$'
# expect: 0
$LUA -jp=G $W | grep -c '^\[C\];jp_work\.lua:0;hot (jp_work\.lua:2) [0-9]*$'
# expect: 1
# l: frames are module:line.
$LUA -jp=cl $W | grep -Eq '^\[C\];jp_work\.lua:1[0-9];jp_work\.lua:[2-5] [0-9]+$' && echo lines
# expect: lines
rm -f $F.folded

# The IR of small loops, read from -jdump=i: each optimisation leaves its mark.
# hotexit=1000 keeps side traces (make test-jit sets APOGEE_HOTEXIT=1) out of these dumps.
# Prints, after each loop's dump, the part of the IR a rule is about.
ir() { "$LUA" -jdump=i -Ohotloop=1,hotexit=1000 -e "$1" 2>&1 >/dev/null; }
loop_body() { sed -n '/LOOP/,$p'; }

# for i=1,n do s = s + i*i end: an int32 index (ADDOV, int compare), no type guard in the loop.
out=$(ir 'local s, n = 0, 100 for i = 1, n do s = s + i * i end')
echo "$out" | loop_body | grep -c 'SLOAD'
# expect: 0
echo "$out" | loop_body | grep -o 'int ADDOV' | head -1
# expect: int ADDOV
echo "$out" | loop_body | grep -o '> int LE' | head -1
# expect: > int LE
echo "$out" | loop_body | grep -c '^[0-9]* >'
# expect: 3

# Simplification: x * 1 and x - 0 are x; c * 3 + 1 does not change in the loop: computed
# once, before the LOOP (one MUL in the whole trace, none by 1, no SUB).
out=$(ir 'local s, c = 0, 2 for i = 1, 10 do s = s + (c * 3 + 1) * 1 - 0 end')
echo "$out" | grep -c 'MUL'
# expect: 1
echo "$out" | grep -c 'SUB\|MUL .* +1$'
# expect: 0
echo "$out" | loop_body | grep -c 'MUL'
# expect: 0
# Constant folding: an expression of constants inside the trace becomes a constant.
out=$(ir 'local s = 0 for i = 1, 10 do local a = 2 local b = a * 3 s = s + b end')
echo "$out" | grep -c 'MUL'
# expect: 0

# CSE: the same expression twice is computed once per iteration.
out=$(ir 'local s, x = 0, 1.5 for i = 1, 10 do s = s + (x * i) + (x * i) end')
echo "$out" | loop_body | grep -c 'MUL'
# expect: 1

# Hoisting: a read-only table's fields and bounds inputs load before the LOOP.
out=$(ir 'local t, s = {a = 2}, 0 for i = 1, 10 do s = s + t.a end')
echo "$out" | loop_body | grep -c 'HLOAD\|FLOAD\|HREFK'
# expect: 0

# Store-to-load forwarding: t[i] read right after it is written is not loaded again.
out=$(ir 'local t, s = {}, 0 for i = 1, 10 do t[i] = 0 end for i = 1, 10 do t[i] = i * 2 s = s + t[i] end')
echo "$out" | sed -n '/TRACE 2 IR/,$p' | grep -c 'ALOAD'
# expect: 0

# Dead code: a value overwritten before any exit could see it is not computed.
out=$(ir 'local s, u = 0, 0 for i = 1, 10 do u = i * 3.5 u = 1 s = s + i end')
echo "$out" | loop_body | grep -c 'MUL'
# expect: 0

# A guard that always holds is dropped: comparing two constants.
out=$(ir 'local s = 0 for i = 1, 10 do if 1 < 2 then s = s + 1 end end')
echo "$out" | grep -c 'num LT\|num GE'
# expect: 0
exit 0

# The IR of small loops, read from -jdump=i: each optimisation leaves its mark.
# hotexit=1000 keeps side traces (make test-jit sets APOGEE_HOTEXIT=1) out of these dumps.
# Prints, after each loop's dump, the part of the IR a rule is about.
ir() { "$LUA" -jdump=i -Ohotloop=1,hotexit=1000 -e "$1" 2>&1 >/dev/null; }
loop_body() { sed -n '/LOOP/,$p'; }

# for i=1,n do s = s + i*i end: an int32 index (int ADD, int compare), no type guard in the
# loop. The index cannot overflow: the limit is checked against 2^31-2 once, before the LOOP.
out=$(ir 'local s, n = 0, 100 for i = 1, n do s = s + i * i end')
echo "$out" | loop_body | grep -c 'SLOAD'
# expect: 0
echo "$out" | loop_body | grep -c 'int ADD '
# expect: 1
echo "$out" | grep -c 'ADDOV'
# expect: 0
echo "$out" | sed '/LOOP/,$d' | grep -c '> int LE     0002  +2147483646'
# expect: 1
echo "$out" | loop_body | grep -o '> int LE' | head -1
# expect: > int LE
echo "$out" | loop_body | grep -c '^[0-9]* >'
# expect: 2
echo "$out" | loop_body | grep -c 'int PHI'
# expect: 1

# Bounds checks of t[i-1] and t[i+1] (i the index): made for the limit before the LOOP and for
# the entry's i in the first iteration, none in the loop; no overflow check of i-1 or i+1.
out=$(ir 'local t = {} for i = 1, 100 do t[i] = i end local s = 0 for i = 2, 99 do s = s + t[i - 1] + t[i + 1] end')
echo "$out" | sed -n '/TRACE 2 IR/,$p' | loop_body | grep -c 'ULT\|ADDOV\|SUBOV'
# expect: 0
echo "$out" | sed -n '/TRACE 2 IR/,$p' | sed '/LOOP/,$d' | grep -c 'ULT'
# expect: 4
# Without -Oabc the loop checks every index.
out=$("$LUA" -jdump=i -Ohotloop=1,hotexit=1000,-abc -e 'local t = {} for i = 1, 100 do t[i] = i end local s = 0 for i = 2, 99 do s = s + t[i - 1] + t[i + 1] end' 2>&1 >/dev/null)
echo "$out" | sed -n '/TRACE 2 IR/,$p' | loop_body | grep -c 'ULT'
# expect: 2

# Across iterations: p[i-1] is what the previous iteration stored to p[i]; the loop loads
# only p[i].
out=$(ir 'local p = {} for i = 1, 100 do p[i] = i end for i = 2, 100 do p[i] = p[i - 1] + p[i] end')
echo "$out" | sed -n '/TRACE 2 IR/,$p' | loop_body | grep -c 'ALOAD'
# expect: 1

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
# A method call through an __index table: the key's absence in the object (HABSK), the
# metatable and the method in the class are guarded once, before the LOOP.
out=$(ir 'local C = {} C.__index = C function C.f(s) return s.v end local o = setmetatable({v = 2}, C) local s = 0 for i = 1, 10 do s = s + o:f() end')
echo "$out" | sed '/LOOP/,$d' | grep -c 'HABSK .*"f"\|TAB_MT\|HREFK .*"__index"'
# expect: 3
echo "$out" | loop_body | grep -c 'HREF\|HLOAD\|FLOAD\|HABSK'
# expect: 0

# Allocation sinking: a point made and dropped in each iteration ({x=, y=} and {a, b}) is never
# made: in the loop body its TNEW and the stores into it are sunk ("}"), no guard checks them,
# and its fields are read from the stores. With -O-sink the tables are made.
src='local s = 0 for i = 1, 100 do local p = { x = i, y = i + 1 } local q = { i, p.y } s = s + p.x + q[2] end'
out=$(ir "$src")
echo "$out" | loop_body | grep -c '^[0-9]* } tab TNEW'
# expect: 2
echo "$out" | loop_body | grep -v '^[0-9]* }' | grep -c 'LOAD\|HREFK\|> ptr'
# expect: 0
"$LUA" -jdump=i -Ohotloop=1,hotexit=1000,-sink -e "$src" 2>&1 >/dev/null | loop_body | grep -c '^[0-9]*   tab TNEW'
# expect: 2

exit 0

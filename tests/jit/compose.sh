# Closures of one prototype calling each other (functions composed by the same maker) are
# inlined into the loop that calls them ("loop" in -jv; taken for recursion, the loop's trace
# linked to a trace of the closure's entry instead): a call is recursive only when a frame
# below runs the same closure. A closure that really calls itself still is (the results stay right either way).
prog='local function compose(f, g) return function(x) return f(g(x)) end end
local inc = function(x) return x + 1 end
local dbl = function(x) return x * 2 end
local h = compose(compose(inc, dbl), compose(dbl, inc))
local s = 0
for i = 1, 300 do s = s + h(i) end
print(s)
local function count(n) if n == 0 then return 0 end return 1 + count(n - 1) end
local c = 0
for i = 1, 100 do c = c + count(i % 7) end
print(c)'
out=$("$LUA" -jv -Ohotloop=2,hotexit=2 -e "$prog" 2>&1)
echo "$out" | grep -v TRACE
# expect: 182100
# expect: 297
echo "$out" | grep -c '^\[TRACE *[0-9]* (command line):6 loop\]$'
# expect: 1
"$LUA" -joff -e "$prog"
# expect: 182100
# expect: 297
exit 0

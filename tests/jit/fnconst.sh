# A function that is the only closure of its prototype is guarded by identity and is then a
# constant, and so are its upvalues (-jdump: "fun EQ" and UREF of a constant address, no
# FLOAD of the closure's fields); closures made again and again keep the prototype guard.
prog='local calls = 0
local function f(k) calls = calls + 1 if k < 2 then return k end return f(k - 1) + f(k - 2) end
print(f(15), calls)'
out=$("$LUA" -jdump=i -Ohotloop=2 -e "$prog" 2>&1)
echo "$out" | grep -v '^\(----\|\.\.\.\.\|[0-9]\{4\} \|$\)'
# expect: 610	1973
echo "$out" | grep -c 'fun EQ .* fun:' | awk '{ print ($1 > 0) ? "identity guard" : "none" }'
# expect: identity guard
echo "$out" | grep -c 'FLOAD .*\(upval\|FUNC_PROTO\)'
# expect: 0
prog='local s = 0
for i = 1, 100 do local function g(x) return x + i end s = s + g(1) end print(s)'
out=$("$LUA" -jdump=i -Ohotloop=2 -e "$prog" 2>&1)
echo "$out" | grep -v '^\(----\|\.\.\.\.\|[0-9]\{4\} \|$\)'
# expect: 5150
echo "$out" | grep -c 'FLOAD .*FUNC_PROTO' | awk '{ print ($1 > 0) ? "prototype guard" : "none" }'
# expect: prototype guard
exit 0

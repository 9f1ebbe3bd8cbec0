# Which upvalues the parser marks immutable (the variable is never assigned after its
# declaration: -bl lists ", immutable"), and that a trace takes them as constants: no load of
# the upvalue, the constant folded into the arithmetic (uvconst.lua runs the cases that change
# such a variable through the debug library).
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/p.lua" <<'EOF'
local a, b, c = 1, 2
b = 3
local function f() return a + b + (c or 0) end
local function g()
  local d = 5
  local e = 6
  local function sete(v) e = v end
  return function() return a + d + e + f() end
end
for i = 1, 2 do local h = function() return i end end
do local x = 1; local hx = function() return x end end
do local y = 1; local hy = function() return y end; y = 2 end
EOF
"$LUA" -bl "$tmp/p.lua" | grep -o 'upvalue [0-9]*: [a-z]* (.*)'
# expect: upvalue 0: a (local 0, immutable)
# expect: upvalue 1: b (local 1)
# expect: upvalue 2: c (local 2, immutable)
# expect: upvalue 0: a (local 0, immutable)
# expect: upvalue 1: f (local 3, immutable)
# expect: upvalue 0: e (local 1)
# expect: upvalue 0: a (upvalue 0, immutable)
# expect: upvalue 1: d (local 0, immutable)
# expect: upvalue 2: e (local 1)
# expect: upvalue 3: f (upvalue 1, immutable)
# expect: upvalue 0: i (local 8)
# expect: upvalue 0: x (local 5, immutable)
# expect: upvalue 0: y (local 5)

# In the trace of the loop, the constants: the step K, the table T and the function F are no
# loads of upvalues; the counter (assigned) is.
cat > "$tmp/q.lua" <<'EOF'
local K, T, count = 139968, { 3 }, 0
local function F(x) return x % K end
local function step(x)
  count = count + 1
  return F(x * T[1] + 1)
end
local function run()
  local x = 1
  for _ = 1, 100 do x = step(x) end
  return x
end
print(run(), count)
EOF
out=$("$LUA" -jdump=i -Ohotloop=2 "$tmp/q.lua" 2>&1)
echo "$out" | grep -v '^\(----\|\.\.\.\.\|[0-9]\{4\} \|$\)'
# expect: 62329	100
tr1=$(echo "$out" | awk '/TRACE 1 IR/,/TRACE 1 stop/')
echo "$tr1" | grep -c 'ULOAD'
# expect: 1
echo "$tr1" | grep -c 'MOD .* +139968'
# expect: 2
echo "$tr1" | grep -c 'FLOAD  tab:'
# expect: 2
exit 0

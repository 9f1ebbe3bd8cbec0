# --max-memory=SIZE: past it allocations fail with a catchable "not enough memory" (after an
# emergency collection), and the program goes on: string growth, string.rep of a huge size,
# table growth, coroutines kept alive, table.concat. Afterwards it computes normally, within the
# limit. The same with every loop compiled.
for hot in 56 1; do
APOGEE_HOTLOOP=$hot $LUA --max-memory=16M - <<'LUA'
print(pcall(function() local s = "x" while true do s = s .. s end end))
print(pcall(string.rep, "x", 2^40))
print(pcall(string.rep, "abc", 2^26))
print(pcall(function() local t = {} local i = 0 while true do i = i + 1 t[i] = i end end))
print(pcall(function() local t = {} local i = 0 while true do i = i + 1 t["k" .. i] = {} end end))
print(pcall(function()
  local ring = {}
  while true do ring[#ring + 1] = coroutine.create(function() coroutine.yield() end) end
end))
local big = string.rep("y", 2^20)
print(pcall(function() local t = {} for i = 1, 64 do t[i] = big end return #table.concat(t) end))
big = nil
collectgarbage()
print(collectgarbage("count") < 16 * 1024)
local t = {} for i = 1, 1000 do t[i] = tostring(i) end
print(table.concat(t, ",", 998), #string.rep("ab", 1000))
LUA
done
# Suffixes: K, M and G (powers of 1024), or plain bytes; a limit below what the program needs
# stops it at its first allocations.
$LUA --max-memory=1G -e 'print("1G")'
$LUA --max-memory=300000 -e 'print(pcall(string.rep, "x", 400000))'
$LUA --max-memory=64k -e 'print(pcall(string.rep, "x", 100000))'
# expect: false	not enough memory
# expect: false	not enough memory
# expect: false	not enough memory
# expect: false	not enough memory
# expect: false	not enough memory
# expect: false	not enough memory
# expect: false	not enough memory
# expect: true
# expect: 998,999,1000	2000
# expect: false	not enough memory
# expect: false	not enough memory
# expect: false	not enough memory
# expect: false	not enough memory
# expect: false	not enough memory
# expect: false	not enough memory
# expect: false	not enough memory
# expect: true
# expect: 998,999,1000	2000
# expect: 1G
# expect: false	not enough memory
# expect: false	not enough memory

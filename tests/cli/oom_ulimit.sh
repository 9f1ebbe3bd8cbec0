# Out of memory for real, under `ulimit -v` (60 MB of address space): every memory error is
# caught by its pcall, garbage left by a failed pcall is collected when the next allocation
# fails (an emergency collection), the memory of the pooled allocator is reused, the scratch
# buffer of a failed concatenation is not kept, and afterwards the state computes correctly.
# PUC Lua 5.1 has no emergency collection: there the fills after a failure run out of memory
# too (and its collector keeps a buffer the size of the last concatenation).
# requires-ulimit-v
ulimit -v 60000
$LUA - 150000 60000 <<'LUA'
local n, limit = tonumber(arg[1]), tonumber(arg[2])
local function fill(make) local t = {} for i = 1, n do t[i] = make(i) end return #t end
print(pcall(function() local s = "x" for i = 1, 40 do s = s .. s end end))
-- the longest string made is at most 2/5 of the memory; its buffer is gone
print(collectgarbage("count") < limit / 2)
print(pcall(fill, function(i) return {i} end))
print(pcall(function() local t = {} for i = 1, 1e9 do t[i] = {i} end end))
print(pcall(fill, function(i) return {i} end))
print(pcall(function() local t = {} for i = 1, 1e9 do t[i] = i .. "" end end))
print(pcall(fill, function(i) return i .. "" end))
print(pcall(function() local t = {} for i = 1, 1e9 do t[i] = function() return i end end end))
print(pcall(fill, function(i) return function() return i end end))
collectgarbage()
print(collectgarbage("count") < 4096)
local t = {} for i = 1, 1000 do t[i] = tostring(i) end
print(table.concat(t, ",", 998))
LUA
echo "rc=$?"
# expect: false	not enough memory
# expect: true
# expect: true	150000
# expect: false	not enough memory
# expect: true	150000
# expect: false	not enough memory
# expect: true	150000
# expect: false	not enough memory
# expect: true	150000
# expect: true
# expect: 998,999,1000
# expect: rc=0

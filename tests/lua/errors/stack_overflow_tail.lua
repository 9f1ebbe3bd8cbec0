-- proper tail calls do not overflow the stack
local function loop(n) if n == 0 then return "done" end return loop(n - 1) end
print(loop(100000)) -- expect: done
local function a(n) if n == 0 then return "a-end" end return b(n - 1) end
function b(n) if n == 0 then return "b-end" end return a(n - 1) end
print(a(50001)) -- expect: b-end
print(pcall(loop, 200000)) -- expect: true	done

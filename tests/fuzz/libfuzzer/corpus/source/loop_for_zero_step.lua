-- A zero step: 5.1 treats step 0 like a non-positive step, so the loop
-- runs while limit <= index. Every loop here is guarded by a break.
local n = 0
for i = 1, 2, 0 do n = n + 1; if n >= 5 then break end end
print(n) -- expect: 0
for i = 2, 1, 0 do n = n + 1; if n >= 5 then break end end
print(n) -- expect: 5
local seen
for i = 3, 3, 0 do seen = i; n = n + 1; if n >= 7 then break end end
print(n, seen) -- expect: 7	3

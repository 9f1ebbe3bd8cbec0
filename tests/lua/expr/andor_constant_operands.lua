-- and/or chains whose operands are true/false constants keep the right values
-- (regression: a pending test-and-copy jump was carried along by an unconditional jump)
local x, n = 7, nil
print((x or 0) and (true or 1)) -- expect: true
print((n and 1 or false) and 1) -- expect: false
local a, b = 0, nil
print((a or b) and (a == (true or b))) -- expect: false
local r = (n and 1 or false) and 1
print(r) -- expect: false
print((x and false or 3) or (false and x)) -- expect: 3
print((n or false) or (true and n)) -- expect: nil
local t = {(n and 1 or false) and 1, (x or 0) and (true or 1)}
print(t[1], t[2]) -- expect: false	true
if (n and 1 or false) and 1 then print("yes") else print("no") end -- expect: no

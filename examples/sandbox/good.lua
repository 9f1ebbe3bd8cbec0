-- A well-behaved script: it finishes within its limits.
count = 0
for i = 1, 1000 do if tostring(i):find("7") then count = count + 1 end end
function report() print("numbers with a 7 below 1000: " .. count) end

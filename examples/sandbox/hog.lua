-- A script that wants all the memory: each attempt fails with a catchable error.
local ok, err = pcall(function() local t = {} while true do t[#t + 1] = string.rep("x", 1000) .. #t end end)
print("first attempt:", ok, err)
ok, err = pcall(string.rep, "x", 2^40)
print("second attempt:", ok, err)
function report() print("still alive") end

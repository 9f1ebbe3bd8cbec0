-- a pattern whose backtracking would need a deep C recursion is refused
-- (5.1 itself may crash here, so only survival and failure are checked)
local p = string.rep("a?", 100000) .. string.rep("a", 100000)
local ok = pcall(string.find, string.rep("a", 100000), p)
print(ok)
local ok2 = pcall(string.match, string.rep("x", 5000), string.rep("(x?)", 30) .. string.rep("x?", 5000) .. "$")
print("survived")

-- (expected output; written by hand: PUC 5.1 itself does not finish here)
-- expect: false
-- expect: survived

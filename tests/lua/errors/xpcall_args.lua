-- xpcall in 5.1 does not forward extra arguments to the function
print(xpcall(function(...) return select('#', ...) end, print, 1, 2, 3)) -- expect: true	0
print(pcall(xpcall)) -- expect: false	bad argument #2 to '?' (value expected)
print(pcall(xpcall, function() end)) -- expect: false	bad argument #2 to '?' (value expected)
print(xpcall(error, function(m) return "got " .. tostring(m) end)) -- expect: false	got nil

-- infinite non-tail recursion is caught by pcall and the VM stays usable
local function rec(n) return 1 + rec(n + 1) end
local ok, e = pcall(rec, 1)
print(ok) -- expect: false
print(e ~= nil) -- expect: true
print(type(e)) -- expect: string
-- still usable afterwards
local function fact(n) if n <= 1 then return 1 end return n * fact(n - 1) end
print(fact(10)) -- expect: 3628800
ok, e = pcall(rec, 1)
print(ok, type(e)) -- expect: false	string
print(pcall(function() return "after" end)) -- expect: true	after

-- Start, limit and step are evaluated once, before the loop.
local calls = 0
local function lim() calls = calls + 1; return 4 end
local n = 0
for i = 1, lim() do n = n + 1 end
print(n, calls) -- expect: 4	1
local log = ""
local function v(x) log = log .. x; return x end
for i = v(1), v(2), v(1) do end
print(log) -- expect: 121

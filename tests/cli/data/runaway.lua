-- Runaway programs for tests/cli/limits_*.sh: `apogee OPTION runaway.lua CASE`. Each wraps its
-- runaway part in pcall (and more), which must not keep a time or instruction limit from
-- stopping it: "escaped" must never print.
local case = ...
local cases = {}
function cases.loop() local n = 0 while true do n = n + 1 end end
function cases.forloop() local s = 0 for i = 1, 1e15 do s = s + i % 7 end end
function cases.recursion()
  local function f(n) if n == 0 then return 0 end return f(n - 1) + f(n - 1) end
  return f(80)
end
function cases.tailcall() local function f(n) return f(n + 1) end return f(1) end
function cases.strings() local s = "" while true do s = s .. "x" if #s > 1e5 then s = "" end end end
function cases.tables() local t = {} local i = 0 while true do i = i + 1 t[i % 1e5 + 1] = {i} end end
function cases.pattern() return string.find(string.rep("a", 40), string.rep("a*", 40) .. "b") end
function cases.gsub() return string.gsub(string.rep("a", 30), string.rep("a*", 30) .. "b", "x") end
function cases.coroutines()
  -- a ring of coroutines passing a token round
  local ring = {}
  for i = 1, 8 do
    ring[i] = coroutine.create(function(token) while true do token = coroutine.yield(token + 1) end end)
  end
  local token, i = 0, 1
  while true do
    local ok, v = coroutine.resume(ring[i], token)
    token, i = v, i % 8 + 1
  end
end
function cases.nested()
  -- pcall inside pcall inside a coroutine, retrying after each error
  local co = coroutine.wrap(function()
    while true do pcall(pcall, cases.loop) end
  end)
  co()
end
function cases.handler()
  -- an error handler that loops, and a loop that keeps calling pcall
  while true do xpcall(cases.loop, function(m) while true do end end) end
end
print(pcall(cases[case]))
print("escaped")

-- The loop stops when the first returned value is nil, even if others are not.
local calls = 0
local function it(s, c)
  calls = calls + 1
  if calls == 3 then return nil, "ignored" end
  return calls, "v"
end
local n = 0
for k, v in it do n = n + 1 end
print(n, calls) -- expect: 2	3
local function f(s, c) if c < 3 then return c + 1, false end end
local count = 0
for k, v in f, nil, 0 do count = count + 1 end
print(count) -- expect: 3

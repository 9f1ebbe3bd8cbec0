-- String keys are distinct from number keys with the same text.
local t = {}
t[1] = "number"
t["1"] = "string"
print(t[1], t["1"]) -- expect: number	string
t[10] = "n10"
print(t["10"]) -- expect: nil
print(t[tonumber("10")]) -- expect: n10
local n = 0
for _ in pairs(t) do n = n + 1 end
print(n) -- expect: 3
print(t[0 + "1"]) -- expect: number

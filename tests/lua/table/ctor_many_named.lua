-- Constructors with many named and bracketed fields.
local src = "return {"
for i = 1, 300 do src = src .. "k" .. i .. " = " .. i .. ", " end
src = src .. "}"
local t = loadstring(src)()
print(t.k1, t.k150, t.k300) -- expect: 1	150	300
local sum = 0
for k, v in pairs(t) do sum = sum + v end
print(sum) -- expect: 45150
print(#t) -- expect: 0
local src2 = "return {"
for i = 1, 300 do src2 = src2 .. "[" .. (i * 2) .. "] = 's" .. i .. "', " end
local u = loadstring(src2 .. "}")()
print(u[2], u[600], u[3]) -- expect: s1	s300	nil

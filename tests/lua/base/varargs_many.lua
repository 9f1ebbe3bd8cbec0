-- passing many values through select, unpack and pcall
local t = {}
for i = 1, 200 do t[i] = i end
print(select('#', unpack(t))) -- expect: 200
print(select(200, unpack(t))) -- expect: 200
print(select(-2, unpack(t))) -- expect: 199	200
local function count(...) return select('#', ...) end
print(count(unpack(t)), count(unpack(t, 150))) -- expect: 200	51
print(select('#', pcall(unpack, t))) -- expect: 201

-- unpack returns the elements of a sequence.
print(unpack({1, 2, 3})) -- expect: 1	2	3
print(unpack({})) -- expect:
print(unpack({"a"})) -- expect: a
local t = {10, 20, 30, 40}
local a, b = unpack(t)
print(a, b) -- expect: 10	20
print(select('#', unpack(t))) -- expect: 4
print(unpack({1, 2}), "end") -- expect: 1	end

-- Functions returning no values produce nil where one value is needed.
local function none() end
local function empty() return end
print(none()) -- expect:
print((none())) -- expect: nil
print(none(), "x") -- expect: nil	x
print(select('#', none()), select('#', empty())) -- expect: 0	0
local a = none()
print(a) -- expect: nil
print(type((none()))) -- expect: nil

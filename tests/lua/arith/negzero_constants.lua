-- 5.1 keeps one constant for 0 and -0 in a function: the first one used sets the sign
local function f() print(0, -0) end
local function g() print(-0, 0) end
local function h() local z = 0 return 1 / -0 end
f() -- expect: 0	0
g() -- expect: -0	-0
print(h()) -- expect: inf
local function k() local z = -0 return z, 0, 1 / z end
print(k()) -- expect: -0	-0	-inf
local zero = 0
print(-zero, 1 / -zero) -- expect: -0	-inf
-- the left operand of a comparison enters the constant table before the right one is parsed
local function c1() return (-0) == (1/0), 1/0, -1/0 end
print(c1()) -- expect: false	-inf	inf
local function c2() local x = 5 return -0 < x, x / 0 end
print(c2()) -- expect: true	-inf
local function c3() return 0 == -0, 1/-0 end
print(c3()) -- expect: true	inf
-- a constant left operand of arithmetic enters the table after the right operand's code
local function a1() local x return -0 + (x or 0), -0 end
print(a1()) -- expect: 0	0
local function a2() local x return (-0) * (x == nil and 2 or 0), 1 / -0 end
print(a2()) -- expect: 0	inf

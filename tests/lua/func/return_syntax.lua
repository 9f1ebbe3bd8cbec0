-- return must be the last statement in a block.
print(loadstring("return 1 print(2)")) -- expect: nil	[string "return 1 print(2)"]:1: '<eof>' expected near 'print'
local f = loadstring("do return 1 end print(2)")
print(f()) -- expect: 1
local function g(x) if x then return "early" end return "late" end
print(g(true), g(false)) -- expect: early	late
local function h() return; end
print(select('#', h())) -- expect: 0

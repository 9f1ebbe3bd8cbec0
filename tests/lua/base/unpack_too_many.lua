-- unpack refuses ranges that cannot fit on the stack
print(pcall(unpack, {}, 1, 1e8)) -- expect: false	too many results to unpack
print(pcall(function() return unpack({}, 1, 1e7) end)) -- expect: false	tests/lua/base/unpack_too_many.lua:3: too many results to unpack
print(select('#', unpack({}, 1, 100))) -- expect: 100
print(unpack({1, 2, 3}, -1, 1)) -- expect: nil	nil	1

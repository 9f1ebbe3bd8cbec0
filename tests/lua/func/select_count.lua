-- select('#', ...) counts arguments including trailing nils.
print(select('#')) -- expect: 0
print(select('#', nil)) -- expect: 1
print(select('#', 1, nil, nil)) -- expect: 3
local function n(...) return select('#', ...) end
print(n(), n(1), n(1, 2), n(nil, nil, nil, nil)) -- expect: 0	1	2	4
local function two() return 1, 2 end
print(n(two()), n(two(), two()), n((two()))) -- expect: 2	3	1

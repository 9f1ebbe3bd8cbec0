-- Long comments of several levels.
--[[ this is
a long comment print("no") ]]
print(1) -- expect: 1
--[==[ contains ]] and ]=] but ends here: ]==] print(2) -- expect: 2
--[=[ one line ]=] print(3) -- expect: 3
--[===[
]==]
]===]
print(4) -- expect: 4
local x = 10 --[[ inline ]] + 5
print(x) -- expect: 15

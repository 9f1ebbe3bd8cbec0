-- Identifiers: letters, digits, underscores; case sensitive; keywords reserved.
local _ = 1
local _x1 = 2
local And = 3
local AND = 4
local __ = 5
local a_b_c = 6
print(_, _x1, And, AND, __, a_b_c) -- expect: 1	2	3	4	5	6
local nil_ = 7 local end_ = 8 local If = 9
print(nil_ + end_ + If) -- expect: 24
print(loadstring("local and = 1")) -- expect: nil	[string "local and = 1"]:1: '<name>' expected near 'and'
print(loadstring("local 1a = 1")) -- expect: nil	[string "local 1a = 1"]:1: malformed number near '1a'

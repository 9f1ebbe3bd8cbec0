-- Short comments run to the end of the line.
local a = 1 -- a = 2
print(a) -- expect: 1
-- print("hidden")
--[ not a long comment because of the space
print(2) -- expect: 2
---- many dashes
print(3) -- expect: 3
--[=hello
print(4) -- expect: 4

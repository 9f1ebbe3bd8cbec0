-- Level-0 long brackets.
local s = [[hello]]
print(s) -- expect: hello
print(#[[]]) -- expect: 0
print([[a "quoted" 'thing']]) -- expect: a "quoted" 'thing'
print([[no \n escapes]]) -- expect: no \n escapes
print(#[[\n]]) -- expect: 2
print([[one]] .. [[two]]) -- expect: onetwo
print([[a]b]]) -- expect: a]b

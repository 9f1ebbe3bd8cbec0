-- Long brackets of levels 1 to 3, containing lower-level closers.
print([=[a]]b]=]) -- expect: a]]b
print([==[x]=]y]]z]==]) -- expect: x]=]y]]z
print([===[p]==]q]===]) -- expect: p]==]q
print([=[[[nested]]]=]) -- expect: [[nested]]
print(#[==[]==]) -- expect: 0
print([===[]=]]==]]===]) -- expect: ]=]]==]

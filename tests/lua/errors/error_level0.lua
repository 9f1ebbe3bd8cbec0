-- level 0 adds no position information
print(pcall(error, "no position", 0)) -- expect: false	no position
print(pcall(function() error("zero", 0) end)) -- expect: false	zero
print(select(2, pcall(function() error("", 0) end)) == "") -- expect: true
print(pcall(function() error("two", 2) end)) -- expect: false	two

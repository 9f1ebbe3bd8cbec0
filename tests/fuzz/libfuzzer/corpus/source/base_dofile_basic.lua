-- dofile runs a file and returns its results
print(dofile("tests/lua/base/data/returns.txt")) -- expect: 1	two	nil	4
print(select('#', dofile("tests/lua/base/data/returns.txt"))) -- expect: 4
dofile("tests/lua/base/data/sets_global.txt")
print(from_data_file) -- expect: set by data file

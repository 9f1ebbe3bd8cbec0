-- dofile() with no argument reads standard input (empty here)
print(select('#', dofile())) -- expect: 0
print(pcall(dofile, {})) -- expect: false	bad argument #1 to '?' (string expected, got table)
print(type(loadfile())) -- expect: function

-- A script that looks for a way out of its sandbox.
print(io, os.execute, dofile, load, require, debug)
report = function() print(os.clock() >= 0) end

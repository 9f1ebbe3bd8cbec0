-- a script file containing binary garbage fails to compile
-- expect-exit: 1
-- expect-stderr: apogee: tests/lua/badinput/garbage_file.lua:4: unexpected symbol near 'char(1)'
ÿ garbage

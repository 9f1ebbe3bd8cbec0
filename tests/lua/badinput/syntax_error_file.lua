-- a script with a syntax error never runs any statement
-- expect-exit: 1
-- expect-stderr: apogee: tests/lua/badinput/syntax_error_file.lua:6: 'end' expected (to close 'function' at line 4) near '<eof>'
function broken()
  print("x")

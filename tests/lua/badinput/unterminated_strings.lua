-- unterminated string forms at end of input
print(loadstring("'", "=q1")) -- expect: nil	q1:1: unfinished string near '<eof>'
print(loadstring("\"", "=q2")) -- expect: nil	q2:1: unfinished string near '<eof>'
print(loadstring("[[", "=q3")) -- expect: nil	q3:1: unfinished long string near '<eof>'
print(loadstring("[==[", "=q4")) -- expect: nil	q4:1: unfinished long string near '<eof>'
print(loadstring("--[[", "=q5")) -- expect: nil	q5:1: unfinished long comment near '<eof>'
print(loadstring("'\\", "=q6")) -- expect: nil	q6:1: unfinished string near '<eof>'
print(loadstring("'\\1", "=q7")) -- expect: nil	q7:1: unfinished string near '<eof>'

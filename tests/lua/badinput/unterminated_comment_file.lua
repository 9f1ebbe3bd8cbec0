-- a script whose long comment is never closed
-- expect-exit: 1
-- expect-stderr: apogee: tests/lua/badinput/unterminated_comment_file.lua:7: unfinished long comment near '<eof>'
print("never printed")
--[[ this comment
runs to the end of the file

# At a terminal an expression prints its values (as Lua 5.3 does), 5.1's "=expr" still works,
# statements print nothing, and an unfinished statement continues on ">>" lines.
# requires-command: tmux
. tests/cli/data/tmux.sh
repl_start APOGEE_HISTORY=0
line '1+1'
line '=2*3'
line 'x = 10'
line 'x, nil, "s"'
line 'print("hi")'
line 'for i = 1, 2 do'
line 'print(i)'
line 'end'
line 'x = = 1'
line 'error("boom")'
line ''
screen
# expect: > 1+1
# expect: 2
# expect: > =2*3
# expect: 6
# expect: > x = 10
# expect: > x, nil, "s"
# expect: 10      nil     s
# expect: > print("hi")
# expect: hi
# expect: > for i = 1, 2 do
# expect: >> print(i)
# expect: >> end
# expect: 1
# expect: 2
# expect: > x = = 1
# expect: stdin:1: unexpected symbol near '='
# expect: > error("boom")
# expect: stdin:1: boom
# expect: stack traceback:
# expect:         [C]: in function 'error'
# expect:         stdin:1: in main chunk
# expect:         [C]: ?
# expect: >
# expect: >

# Ctrl-C at the prompt drops the line (and an unfinished statement); Ctrl-C while code runs
# interrupts it (as in lua5.1, the terminal echoes ^C); Ctrl-D deletes the character under the cursor, and on an empty line ends the
# session (exit status 0).  Output left without a newline stays before the prompt.
# requires-command: tmux
. tests/cli/data/tmux.sh
repl_start APOGEE_HISTORY=0
type 'print("never")'; keys C-c; prompt_ready
line 'for i = 1, 3 do'
keys C-c; prompt_ready
type 'while true do end'; keys Enter; sleep 0.5; keys C-c; prompt_ready
type 'print(12)'; keys Home Right Right C-d Enter; prompt_ready
type 'io.write("partial") x = 1'; keys Enter; wait_for 'partial>'
keys C-d
repl_wait_exit
screen
# expect: exit status 0
# expect: > print("never")^C
# expect: > for i = 1, 3 do
# expect: >> ^C
# expect: > while true do end
# expect: ^Cinterrupted!
# expect: stack traceback:
# expect:         stdin:1: in main chunk
# expect:         [C]: ?
# expect: > prnt(12)
# expect: stdin:1: attempt to call global 'prnt' (a nil value)
# expect: stack traceback:
# expect:         stdin:1: in main chunk
# expect:         [C]: ?
# expect: > io.write("partial") x = 1
# expect: partial>

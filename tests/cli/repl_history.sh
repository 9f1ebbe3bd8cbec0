# History: Up/Down recall earlier lines (the line being typed is kept while browsing); it is
# kept across sessions in ~/.apogee_history, or in the file APOGEE_HISTORY names; with
# APOGEE_HISTORY=0 no file is written.  Empty lines and repeats are not recorded.
# requires-command: tmux
. tests/cli/data/tmux.sh
repl_start
line 'x = 41'
line 'print("first")'
line 'print("first")'
line ''
keys C-d
repl_wait_exit
# expect: exit status 0
cat "$HOME/.apogee_history"
# expect: x = 41
# expect: print("first")
tm kill-session -t repl
repl_start
keys Up Up Enter; prompt_ready
type 'draft'; keys Up Up Down Down; type '2'; keys C-a; type 'x = '; keys Enter; prompt_ready
keys Up Up Up Down; type ' + 1'; keys Enter; prompt_ready
line 'x'
screen
# expect: > x = 41
# expect: > x = draft2
# expect: > x = 41 + 1
# expect: > x
# expect: 42
# expect: >
tm kill-session -t repl
tail -n 2 "$HOME/.apogee_history"
# expect: x = 41 + 1
# expect: x
repl_start APOGEE_HISTORY=0
line 'y = 1'
tm kill-session -t repl
wc -l < "$HOME/.apogee_history"
# expect: 6
repl_start APOGEE_HISTORY="$tmp/other_history"
line 'z = 1'
tm kill-session -t repl
cat "$tmp/other_history"
# expect: z = 1

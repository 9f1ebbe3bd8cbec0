# A terminal the editor cannot drive (TERM=dumb): lines are read as typed (no editing, no
# history file), expressions still print their values and statements continue on ">>".
# requires-command: tmux
. tests/cli/data/tmux.sh
repl_start TERM=dumb
line '1+1'
line 'for i = 1, 2 do'
line 'print(i) end'
screen
test -e "$HOME/.apogee_history" || echo "no history file"
# expect: > 1+1
# expect: 2
# expect: > for i = 1, 2 do
# expect: >> print(i) end
# expect: 1
# expect: 2
# expect: >
# expect: no history file

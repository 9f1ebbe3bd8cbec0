# Editing keys at a terminal: Left/Right, Home/End, Ctrl-A/E/K/U/W, Backspace, Delete,
# Alt-B/F (by words), and cursor movement over UTF-8 characters.
# requires-command: tmux
. tests/cli/data/tmux.sh
repl_start APOGEE_HISTORY=0
type 'print("xyz")'; keys Left Left Left BSpace Enter; prompt_ready
type 'rint("home")'; keys Home; type 'p'; keys End Enter; prompt_ready
type 'rint(4'; keys C-a; type 'p'; keys C-e; type ')'; keys Enter; prompt_ready
type 'print(1) garbage'; keys Left Left Left Left Left Left Left Left C-k Enter; prompt_ready
type 'junk'; keys C-u; type 'print(2)'; keys Enter; prompt_ready
type 'print(3) junk'; keys C-w Enter; prompt_ready
type 'print(556)'; keys Left Left Left DC Enter; prompt_ready
type 'print(#"éa")'; keys Left Left Left BSpace Enter; prompt_ready
type 'print("日本")'; keys Left Left Left; type 'x'; keys Enter; prompt_ready
type 'print(7, 8)'; keys M-b M-b; type '0'; keys M-f; type '9'; keys Enter; prompt_ready
screen
# expect: > print("xz")
# expect: xz
# expect: > print("home")
# expect: home
# expect: > print(4)
# expect: 4
# expect: > print(1)
# expect: 1
# expect: > print(2)
# expect: 2
# expect: > print(3)
# expect: 3
# expect: > print(56)
# expect: 56
# expect: > print(#"a")
# expect: 1
# expect: > print("日x本")
# expect: 日x本
# expect: > print(079, 8)
# expect: 79      8
# expect: >

# Tab completion at a terminal: globals, keywords, table fields (through __index tables),
# methods after ':'; a second Tab lists the candidates when there are several.
# requires-command: tmux
. tests/cli/data/tmux.sh
repl_start APOGEE_HISTORY=0
type 'string.fo'; keys Tab; type '("%d", 7)'; keys Enter; prompt_ready
type 'pri'; keys Tab; type '(1)'; keys Enter; prompt_ready
type 'math.hu'; keys Tab Enter; prompt_ready
line 'obj = setmetatable({alpha = 1}, {__index = {beta = 2}})'
type 'obj.be'; keys Tab Enter; prompt_ready
line 's = "abc"'
type 's:up'; keys Tab; type '()'; keys Enter; prompt_ready
type 'repe'; keys Tab; type ' until true'; keys Enter; prompt_ready
type 'string.g'; keys Tab Tab; wait_for 'string.gsub'; keys C-u; prompt_ready
line 'o2 = setmetatable({bx = 1}, {__index = {bx = 2, by = 3}})'
type 'o2.b'; keys Tab Tab; wait_for 'o2.by'; keys C-u; prompt_ready
type 'nosuch.x'; keys Tab Enter; prompt_ready
screen
# expect: > string.format("%d", 7)
# expect: 7
# expect: > print(1)
# expect: 1
# expect: > math.huge
# expect: inf
# expect: > obj = setmetatable({alpha = 1}, {__index = {beta = 2}})
# expect: > obj.beta
# expect: 2
# expect: > s = "abc"
# expect: > s:upper()
# expect: ABC
# expect: > repeat until true
# expect: > string.g
# expect: string.gfind   string.gmatch  string.gsub
# expect: > o2 = setmetatable({bx = 1}, {__index = {bx = 2, by = 3}})
# expect: > o2.b
# expect: o2.bx  o2.by
# expect: > nosuch.x
# expect: stdin:1: attempt to index global 'nosuch' (a nil value)
# expect: stack traceback:
# expect:         stdin:1: in main chunk
# expect:         [C]: ?
# expect: >

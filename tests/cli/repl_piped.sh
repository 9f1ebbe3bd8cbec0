# -i with stdin not a terminal: the session is lua5.1's (built with readline): each line is
# echoed after its prompt, an expression without "=" is not printed (it is a syntax error),
# and a last line without a newline still runs.  Checked against lua5.1 (--vm lua5.1).
printf 'x=1\nprint(x)\n=x+1\nfor i=1,2 do\nprint(i)\nend\n1+1\n\nerror("boom")\nprint("last")' |
  $LUA -i 2>/dev/null | sed 's/ *$//'   # (an empty line's echo is "> ")
# expect: > x=1
# expect: > print(x)
# expect: 1
# expect: > =x+1
# expect: 2
# expect: > for i=1,2 do
# expect: >> print(i)
# expect: >> end
# expect: 1
# expect: 2
# expect: > 1+1
# expect: >
# expect: > error("boom")
# expect: > print("last")
# expect: last
# expect: >
printf 'print(1)\n1+1\n' | $LUA -i 2>&1 >/dev/null | sed 1d
# expect: stdin:1: unexpected symbol near '1'

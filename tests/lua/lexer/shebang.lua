#!/usr/bin/env lua5.1 -- the first line is skipped when it starts with #
-- A first line starting with # is ignored by the standalone interpreter.
print("after shebang") -- expect: after shebang
print(1 + 1) -- expect: 2

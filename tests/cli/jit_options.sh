# LuaJIT's -j and -O options: each changes the JIT and the program runs as before.
$LUA -joff -O3 -e 'print("ran")'
# expect: ran
$LUA -j off -e 'print("ran again")'
# expect: ran again
$LUA -jon -e 'print(jit.status())'
# expect: true	fold	cse	dce	loop	narrow	fwd	abc	sink	patch	purge	reuse
$LUA -joff -e 'print(jit.status())'
# expect: false	fold	cse	dce	loop	narrow	fwd	abc	sink	patch	purge	reuse
$LUA -O-fold,-abc -e 'print(jit.status())'
# expect: true	cse	dce	loop	narrow	fwd	sink	patch	purge	reuse
$LUA -O1 -e 'print(jit.status())'
# expect: true	fold	cse	dce
$LUA -Ohotloop=1,-fold -e 'local s = 0 for i = 1, 10 do s = s + i end print(s)'
# expect: 55
$LUA -Obogus -e 'print("no")' 2>/dev/null; echo "exit $?"
# expect: exit 1
$LUA -jnosuchthing -e 'print("no")' 2>/dev/null; echo "exit $?"
# expect: exit 1
# -jv names each trace it compiles, with its start.
$LUA -jv -Ohotloop=2,hotexit=1000 -e 'local s = 0 for i = 1, 100 do s = s + i end print(s)' 2>&1
# expect: [TRACE   1 (command line):1 loop]
# expect: 5050
$LUA -Ohotloop=0 -e 'print(1)' 2>&1 | head -1 | sed 's/^[^:]*: //'
# expect: bad parameter value 'hotloop=0'
# (its message alone, as luajit prints it: no traceback of the C call)
$LUA -Ohotloop=0 -e 'print(1)' 2>&1 | wc -l
# expect: 1
$LUA -Orecunroll=2 -e 'print(1)'
# expect: 1
$LUA -Osideloop=0,maxside=0 -e 'print(1)'
# expect: 1

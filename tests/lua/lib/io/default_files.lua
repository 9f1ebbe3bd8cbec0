-- io.input / io.output / io.read / io.write / io.close on default files
local name = os.tmpname()
print(io.output() == io.stdout, io.input() == io.stdin)
local f = io.output(name)
print(io.type(f), io.output() == f)
io.write("hello ", 1, "\n", "world\n")
print(io.close())
print(io.type(f))
io.output(io.stdout)
io.input(name)
print(io.read())
print(io.read("*l"))
print(io.read())
io.close(io.input())
io.input(io.stdin)
for l in io.lines(name) do print("line", l) end
local g = assert(io.open(name))
io.input(g)
print(io.read("*a"))
g:close()
print(pcall(io.read))
io.input(io.stdin)
print(io.read())
print(pcall(io.input, {}))
os.remove(name)

-- (expected output, from lua5.1)
-- expect: true	true
-- expect: file	true
-- expect: true
-- expect: closed file
-- expect: hello 1
-- expect: world
-- expect: nil
-- expect: line	hello 1
-- expect: line	world
-- expect: hello 1
-- expect: world
-- expect:
-- expect: false	standard input file is closed
-- expect: nil
-- expect: false	bad argument #1 to '?' (FILE* expected, got table)

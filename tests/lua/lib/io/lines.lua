-- file:lines and io.lines over a file name
local name = os.tmpname()
local f = assert(io.open(name, "w"))
f:write("a\nb\n\nc")
f:close()
for l in io.lines(name) do io.write("[", l, "]") end
print()
f = assert(io.open(name))
local n = 0
for l in f:lines() do n = n + 1 end
print(n, io.type(f))
f:close()
f = assert(io.open(name))
local it = f:lines()
print(it())
f:close()
print(pcall(it))
os.remove(name)

-- (expected output, from lua5.1)
-- expect: [a][b][][c]
-- expect: 4	file
-- expect: a
-- expect: false	file is already closed

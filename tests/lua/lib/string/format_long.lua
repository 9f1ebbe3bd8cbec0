-- string.format output longer than the buffer's own array, and argument
-- checks made after the buffer has spilled onto the stack
local long = string.rep("x", 9000)
local s = string.format(long .. "%d|%s|%5.2f|%q", 1, "a", 2.5, "q\0")
print(#s, s:sub(-20))
local parts = {}
for i = 1, 2000 do parts[i] = "%5d:%-3s:%.1f;" end
local args = {}
for i = 1, 2000 do args[#args + 1] = i; args[#args + 1] = "ab"; args[#args + 1] = i / 4 end
local r = string.format(table.concat(parts), unpack(args))
print(#r, r:sub(1, 30), r:sub(-30))
-- a missing argument is "no value" even when the output so far fills the buffer
print(pcall(string.format, long .. "%d"))
print(pcall(string.format, long .. "%s"))
print(pcall(string.format, long .. "%d%s", 1))
print(string.format(long .. "%s", string.rep("y", 200)):sub(8995, 9010))

-- (expected output, from lua5.1)
-- expect: 9017	xxx1|a| 2.50|"q\000"
-- expect: 31562	    1:ab :0.2;    2:ab :0.5;  	999:ab :499.8; 2000:ab :500.0;
-- expect: false	bad argument #2 to '?' (no value)
-- expect: false	bad argument #2 to '?' (no value)
-- expect: false	bad argument #3 to '?' (no value)
-- expect: xxxxxxyyyyyyyyyy

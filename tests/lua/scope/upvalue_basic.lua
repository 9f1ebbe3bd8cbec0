-- Closures capture local variables by reference.
local n = 0
local function get() return n end
local function set(v) n = v end
print(get()) -- expect: 0
set(5)
print(get(), n) -- expect: 5	5
n = 7
print(get()) -- expect: 7

-- Any value except nil (and NaN) can be a key.
local t = {}
local tk, fk = {}, function() end
t[true] = "true"
t[false] = "false"
t[tk] = "table"
t[fk] = "function"
t[1.5] = "float"
t[-1] = "negative"
t[0] = "zero"
print(t[true], t[false], t[tk], t[fk]) -- expect: true	false	table	function
print(t[1.5], t[-1], t[0]) -- expect: float	negative	zero
print(t[{}]) -- expect: nil
print(#t) -- expect: 0

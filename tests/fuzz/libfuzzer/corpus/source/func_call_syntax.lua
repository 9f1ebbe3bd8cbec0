-- f"str", f[[str]] and f{table} call forms.
local function id(x) return x end
print(id"literal") -- expect: literal
print(id[[long]]) -- expect: long
print(id{1, 2, 3}[2]) -- expect: 2
local obj = {name = "o"}
function obj:say(s) return self.name .. ":" .. s end
print(obj:say"hi") -- expect: o:hi
function obj:first(t) return t[1] end
print(obj:first{"tbl"}) -- expect: tbl
local function chain(s) return function(t) return s .. t end end
print(chain "a" "b") -- expect: ab

-- self is an ordinary parameter that can be reassigned or captured.
local Account = {balance = 0}
function Account:deposit(v) self.balance = self.balance + v; return self end
function Account:get() return self.balance end
Account:deposit(10):deposit(5)
print(Account:get()) -- expect: 15
local o = {n = "o"}
function o:getter() return function() return self.n end end
local g = o:getter()
o.n = "changed"
print(g()) -- expect: changed
function o:replace() self = {n = "new"}; return self.n end
print(o:replace(), o.n) -- expect: new	changed

-- class-like objects sharing a metatable
local Account = {}
Account.__index = Account
function Account.new(b) return setmetatable({balance = b}, Account) end
function Account:deposit(v) self.balance = self.balance + v; return self end
function Account:get() return self.balance end
local a1, a2 = Account.new(10), Account.new(100)
a1:deposit(5):deposit(5)
print(a1:get(), a2:get()) -- expect: 20	100
print(getmetatable(a1) == getmetatable(a2)) -- expect: true
print(rawget(a1, "deposit"), a1.deposit == Account.deposit) -- expect: nil	true

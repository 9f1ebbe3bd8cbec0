-- script.lua -- run by examples/embed/host.c (`make example && build/embed-host`).
-- Uses what the host provides: the C function host.log and the userdata type Account.

local who = ... or "world"
host.log("hello, %s, from %s", who, _VERSION)

-- Accounts are userdata: methods and fields come through __index (a C function).
local alice = Account.new("alice", 100)
local bob = Account.new("bob")
alice:withdraw(30)
bob:deposit(30):deposit(12.5)
host.log("%s has %.2f, %s has %.2f", alice.owner, alice.balance, bob.owner, bob.balance)
print(tostring(alice), type(bob))

-- Errors raised by C functions are ordinary Lua errors, with the caller's position.
local ok, err = pcall(alice.withdraw, alice, 1000)
print(ok, err)
ok, err = pcall(function() return bob:withdraw(1000) end)
print(ok, err)
print(pcall(function() return alice.nosuchfield end))
print(pcall(Account.new, "carol", -5))
print(pcall(alice.deposit, {}, 1))

-- A temporary account is finalized (__gc) when the collector reclaims it.
do
  local temp = Account.new("temporary", 1)
  temp:deposit(1)
end
collectgarbage()
host.log("after collect")

-- Globals the host reads after the script has run.
config = {name = "embed-demo", retries = 3}
function on_exit(status)
  return string.format("script finished with status %d, bob has %.1f", status, bob.balance)
end

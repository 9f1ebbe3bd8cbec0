-- Times outside time_t's range (and NaN) behave as 5.1's cast does on x86-64 (the minimum
-- time_t, which has no calendar date), without undefined behaviour.
print(os.date("!%Y", 1e300), os.date("!*t", -1e300), os.date("!%Y", 0/0)) -- expect: nil	nil	nil
print(os.difftime(1e300, 0) == os.difftime(-1e300, 0)) -- expect: true
print(os.date("!%Y-%m-%d", 86400 * 365)) -- expect: 1971-01-01

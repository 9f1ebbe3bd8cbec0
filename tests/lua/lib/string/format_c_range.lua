-- %c of a number outside the int range or NaN: 5.1's (int) cast gives INT_MIN on x86, so the
-- character is NUL (found by crash fuzzing under UBSan: the cast was undefined behaviour).
print(#string.format("%c", 2^40), #string.format("%c", -2^40), #string.format("%c", 0/0)) -- expect: 0	0	0
print(#string.format("%5c|", 2^31), #string.format("%-3c|", 1e300)) -- expect: 5	1
print(string.format("%c%c", 65 + 2^32, 66)) -- expect: B

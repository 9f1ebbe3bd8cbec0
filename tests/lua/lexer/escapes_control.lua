-- Control-character escapes map to the expected byte values.
print("\a" == "\7") -- expect: true
print("\b" == "\8") -- expect: true
print("\f" == "\12") -- expect: true
print("\n" == "\10") -- expect: true
print("\r" == "\13") -- expect: true
print("\t" == "\9") -- expect: true
print("\v" == "\11") -- expect: true
print(#"\a\b\f\n\r\t\v") -- expect: 7

-- Quote and backslash escapes in both kinds of short strings.
print("say \"hi\"") -- expect: say "hi"
print('it\'s') -- expect: it's
print("it's") -- expect: it's
print('say "hi"') -- expect: say "hi"
print("back\\slash") -- expect: back\slash
print(#"\\") -- expect: 1
print("\'" == "'") -- expect: true
print('\"' == '"') -- expect: true

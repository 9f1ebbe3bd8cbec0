-- Comment markers inside strings are just text.
print("-- not a comment") -- expect: -- not a comment
print('--[[ still text ]]') -- expect: --[[ still text ]]
print([[-- inside long]]) -- expect: -- inside long
print(#"--") -- expect: 2

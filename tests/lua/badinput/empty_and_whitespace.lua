-- empty and whitespace-only chunks are valid
print(type(loadstring(""))) -- expect: function
print(type(loadstring("   \n\t\n  "))) -- expect: function
print(type(loadstring("-- only a comment"))) -- expect: function
print(type(loadstring("--[[ ]]"))) -- expect: function
print(type(loadstring("\n\n\n"))) -- expect: function

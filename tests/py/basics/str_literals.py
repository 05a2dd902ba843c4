# string literal forms
print('single', "double", '''triple single''', """triple double""")
print("it's", 'say "hi"', "back\\slash")
print("adjacent " "literals " 'join')
print(r"raw \n stays", r'\d+')
s = """line one
line two"""
print(s)
print(len("""
"""))
print("tab\there", "new\nline")
print("\x41\x42", "\101", "\u0041")
print('a\
b')
print("" == '', str() == "")

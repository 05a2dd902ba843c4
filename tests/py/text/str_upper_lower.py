# str.upper and str.lower
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: 'Hello World 123'.upper())
t(lambda: 'Hello World 123'.lower())
t(lambda: ''.upper())
t(lambda: 'ABC_def-ghi'.lower())
t(lambda: 'a1!b2?'.upper())
s = 'MiXeD'
print(s.upper(), s.lower(), s)

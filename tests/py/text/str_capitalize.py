# str.capitalize
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: 'hello world'.capitalize())
t(lambda: 'HELLO WORLD'.capitalize())
t(lambda: '123abc'.capitalize())
t(lambda: ''.capitalize())
t(lambda: ' x'.capitalize())
t(lambda: 'a'.capitalize())

# str.casefold
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: 'Hello'.casefold())
t(lambda: 'ABC'.casefold() == 'abc'.casefold())
print('Stra\xdfe'.casefold() == 'STRASSE'.casefold())
print('\xdf'.casefold(), '\u017f'.casefold())

# str.translate with dicts and sequences
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: 'abc'.translate({97: 'X', 98: None, 99: 100}))
t(lambda: 'abc'.translate({97: 'XY'}))
t(lambda: 'abc'.translate({}))
t(lambda: 'abc'.translate([None, 'q']))
t(lambda: 'abc'.translate({97: 1.5}))
t(lambda: 'abc'.translate({97: -1}))
t(lambda: 'abc'.translate(1))

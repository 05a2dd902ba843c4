# % formatting of %%
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: '%%' % ())
t(lambda: '100%%' % ())
t(lambda: '%d%%' % 5)
t(lambda: '%%%s%%' % 'x')
t(lambda: 'no args %%' % {})

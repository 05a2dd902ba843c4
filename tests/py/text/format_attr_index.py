# str.format field names with attributes and indexes
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
class P:
    x = 3
    y = [10, 20]
t(lambda: '{0.x}'.format(P()))
t(lambda: '{0.y[1]}'.format(P()))
t(lambda: '{0[1]}'.format(['a', 'b']))
t(lambda: '{0[k]}'.format({'k': 'v'}))
t(lambda: '{a[0]}'.format(a=['q']))
t(lambda: '{0[1][0]}'.format([0, ['n']]))
t(lambda: '{0[0]}'.format('abc'))
t(lambda: '{0[}]}'.format({'}': 1}))
t(lambda: '{0.z}'.format(P()))
t(lambda: '{0[5]}'.format([1]))
t(lambda: '{0[]}'.format([1]))
t(lambda: '{0.}'.format(5))
t(lambda: '{0[0]x}'.format([1]))
t(lambda: '{0[-1]}'.format({'-1': 'neg'}))

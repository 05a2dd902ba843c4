# str.format IndexError and KeyError
try:
    '{1}'.format(1)
except IndexError as e:
    print('IndexError', e)
try:
    '{name}'.format(other=1)
except KeyError as e:
    print('KeyError', e.args)
try:
    '{0[2]}'.format([1])
except IndexError:
    print('IndexError')
try:
    '{0[k]}'.format({})
except KeyError as e:
    print('KeyError', e.args)

# wrong number of values to unpack raises ValueError; non-iterables raise TypeError
def attempt(f):
    try:
        f()
        print("no error")
    except ValueError:
        print("ValueError")
    except TypeError:
        print("TypeError")
def too_many():
    a, b = 1, 2, 3
def too_few():
    a, b, c = 1, 2
def too_few_star():
    a, b, *c = [1]
def not_iterable():
    a, b = 5
def ok_star():
    a, *b = [1]
def nested_bad():
    (a, b), c = (1, 2, 3), 4
attempt(too_many)
attempt(too_few)
attempt(too_few_star)
attempt(not_iterable)
attempt(ok_star)
attempt(nested_bad)

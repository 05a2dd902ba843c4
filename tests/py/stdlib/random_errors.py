# random error cases
import random
for f, args in [(random.randrange, (0,)), (random.randrange, (5, 5)), (random.randrange, (1, 10, 0)),
                (random.randint, (5, 4)), (random.choice, ([],))]:
    try:
        f(*args)
        print("no error")
    except ValueError:
        print("ValueError")
    except IndexError:
        print("IndexError")
try:
    random.getrandbits(-1)
except ValueError:
    print("ValueError bits")

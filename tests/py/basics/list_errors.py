# errors raised by list operations
def check(f):
    try:
        print(f())
    except IndexError:
        print("IndexError")
    except ValueError:
        print("ValueError")
    except TypeError:
        print("TypeError")
l = [1, 2, 3]
check(lambda: l[3])
check(lambda: l[-4])
check(lambda: [].pop())
check(lambda: l.pop(10))
check(lambda: l.remove(9))
check(lambda: l.index(9))
check(lambda: l["0"])
check(lambda: l + (4,))
check(lambda: l * 1.5)
def assign():
    l[5] = 0
check(assign)
def delete():
    del l[7]
check(delete)
print(l)

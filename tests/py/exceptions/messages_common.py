# exception messages that CPython and MicroPython word the same way
def show(f):
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: [][0])
show(lambda: ()[0])
show(lambda: ""[0])
show(lambda: [].pop())
show(lambda: "a".index("b"))
show(lambda: "abc".split(""))
show(lambda: chr(-1))
show(lambda: ord("ab"))
show(lambda: len(1))
show(lambda: None.x)
show(lambda: (1).x)
show(lambda: "abc".x)
show(lambda: object().x)
show(lambda: getattr(1, "zz"))
show(lambda: setattr(1, "x", 2))
show(lambda: frozenset().add(1))
class Thing:
    pass
show(lambda: Thing().attribute)

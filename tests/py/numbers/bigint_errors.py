# errors of big-int arithmetic
big = 2**100
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)
show(lambda: big // 0)
show(lambda: big % 0)
show(lambda: big / 0)
show(lambda: divmod(big, 0))
show(lambda: 0 ** -big)
show(lambda: big << -1)
show(lambda: big >> -big)
show(lambda: big + "a")
show(lambda: "a" * big)
show(lambda: [1][big])
show(lambda: float(2**5000))
show(lambda: 1 << 2**64)

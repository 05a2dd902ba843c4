# eval evaluates one expression
print(eval("1 + 2 * 3"), eval("[x * x for x in range(4)]"), eval("'a' + 'b'"))
y = 10
print(eval("y + 1"), eval("len('four')"))
print(eval("  1 + 1"), eval("\t2"))
print(eval(b"3 * 3"))

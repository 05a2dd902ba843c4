# and / or return one of their operands and short-circuit
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print("" or "default", "set" or "default")
print([] and "x", [1] and "x")
print(None or 0 or "" or "last")
print(1 and 2 and 3, 1 and 0 and 3)
calls = []
def t(name, value):
    calls.append(name)
    return value
t("a", False) and t("b", True)
print(calls)
calls.clear()
t("a", True) or t("b", True)
print(calls)
calls.clear()
t("a", True) and t("b", 0) or t("c", "c")
print(calls)
print(not 1 or 2, not (1 or 2))
x = 5
print(x > 1 and x < 10, x < 1 or x > 4)

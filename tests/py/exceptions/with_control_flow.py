# return, break and continue leaving a with block call __exit__
log = []
class CM:
    def __enter__(self):
        log.append("enter")
    def __exit__(self, t, v, tb):
        log.append("exit " + str(t))
def f():
    with CM():
        return "ret"
print(f(), log)
log.clear()
for i in range(3):
    with CM():
        if i == 0:
            continue
        if i == 1:
            break
print(log)
log.clear()
def g():
    for x in range(2):
        with CM():
            try:
                return x
            finally:
                log.append("finally")
print(g(), log)

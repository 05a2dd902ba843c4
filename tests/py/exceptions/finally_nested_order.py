# nested finally blocks run innermost first
log = []
def f():
    try:
        try:
            try:
                raise ValueError
            finally:
                log.append(1)
        finally:
            log.append(2)
    finally:
        log.append(3)
try:
    f()
except ValueError:
    log.append("caught")
print(log)
log.clear()
def g():
    for i in range(2):
        try:
            try:
                return i
            finally:
                log.append("inner")
        finally:
            log.append("outer")
print(g(), log)

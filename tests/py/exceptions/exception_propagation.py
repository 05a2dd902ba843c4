# exceptions propagate through several frames until caught
log = []
def a():
    log.append("a start")
    b()
    log.append("a end")
def b():
    log.append("b start")
    try:
        c()
    finally:
        log.append("b finally")
    log.append("b end")
def c():
    log.append("c raises")
    raise ValueError("deep")
try:
    a()
except ValueError as e:
    log.append("caught " + str(e))
print(log)
def catch_in_middle():
    try:
        c()
    except ValueError:
        return "caught in middle"
print(catch_in_middle())

# every combination of except, else and finally
def run(action):
    log = []
    try:
        log.append("try")
        if action == "raise":
            raise ValueError
        if action == "other":
            raise KeyError
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(run("ok"))
print(run("raise"))
try:
    run("other")
except KeyError:
    print("KeyError escaped after finally")
def nested(action):
    log = []
    try:
        try:
            if action:
                raise action
        finally:
            log.append("inner finally")
    except ValueError:
        log.append("outer except")
    else:
        log.append("outer else")
    finally:
        log.append("outer finally")
    return log
print(nested(None))
print(nested(ValueError))

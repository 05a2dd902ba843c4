# SystemExit and KeyboardInterrupt can be raised and caught like other exceptions
try:
    raise SystemExit
except SystemExit as e:
    print("SystemExit", e.args)
try:
    raise SystemExit(2)
except SystemExit as e:
    print("SystemExit", e.args)
try:
    raise KeyboardInterrupt
except KeyboardInterrupt:
    print("KeyboardInterrupt")
def guarded(exc):
    try:
        raise exc
    except Exception:
        return "caught by except Exception"
    except BaseException:
        return "caught by except BaseException"
print(guarded(KeyboardInterrupt))
print(guarded(SystemExit))
print(guarded(ValueError))

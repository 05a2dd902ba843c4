# a bare except catches everything, including BaseException subclasses
for exc in (ValueError, KeyboardInterrupt, SystemExit, GeneratorExit, Exception):
    try:
        raise exc
    except:
        print("bare except caught", exc.__name__)
try:
    try:
        raise SystemExit(3)
    except Exception:
        print("not reached: SystemExit is not an Exception")
except BaseException as e:
    print("BaseException caught", type(e).__name__, e.args)

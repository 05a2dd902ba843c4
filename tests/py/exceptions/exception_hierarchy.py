# the built-in exception hierarchy
pairs = [
    (IndexError, LookupError), (KeyError, LookupError), (LookupError, Exception),
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (ArithmeticError, Exception), (NotImplementedError, RuntimeError),
    (StopIteration, Exception), (AssertionError, Exception), (AttributeError, Exception),
    (ImportError, Exception), (NameError, Exception), (TypeError, Exception),
    (ValueError, Exception), (UnicodeError, ValueError), (OSError, Exception),
    (Exception, BaseException), (KeyboardInterrupt, BaseException), (SystemExit, BaseException),
    (GeneratorExit, BaseException), (KeyboardInterrupt, Exception), (SystemExit, Exception),
    (GeneratorExit, Exception), (KeyError, IndexError), (ValueError, TypeError),
]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
try:
    {}["missing"]
except LookupError as e:
    print("LookupError catches", type(e).__name__)
try:
    1 // 0
except ArithmeticError as e:
    print("ArithmeticError catches", type(e).__name__)

# helper package with __all__
__all__ = ["one", "two"]
one = 1
two = 2
three = 3

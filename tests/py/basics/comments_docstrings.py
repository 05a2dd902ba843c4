# comments and docstrings do not change behaviour
"""Module docstring."""
def f():
    """Function docstring."""
    # a comment
    return 1  # trailing comment
class C:
    """Class docstring."""
    x = 2
    # comment in class body
print(f(), C.x)
def g():
    "single-quoted docstring"
    "a plain string expression"
    return 3
print(g())
# the next line has only a comment
    # indented comment lines are fine
print("end")  # done

# helper submodule
def double(x):
    return x * 2
NAME = __name__

# class decorators receive the class and may return it or a replacement
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls
@register
class Alpha:
    pass
@register
class Beta:
    pass
print(sorted(registry), registry["Alpha"] is Alpha)
def add_method(cls):
    cls.extra = lambda self: "added to " + type(self).__name__
    return cls
@add_method
class Gamma:
    pass
print(Gamma().extra())
def with_attr(**attrs):
    def deco(cls):
        for k, v in sorted(attrs.items()):
            setattr(cls, k, v)
        return cls
    return deco
@with_attr(color="red", size=3)
class Delta:
    pass
print(Delta.color, Delta.size)
def replace(cls):
    return "replaced " + cls.__name__
@replace
class Epsilon:
    pass
print(Epsilon)
@register
@add_method
class Zeta:
    pass
print(Zeta().extra(), "Zeta" in registry)

# with ... as with unpacking and attribute targets
class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        pass
with Pair() as (a, b):
    print(a, b)
class O:
    pass
o = O()
with Pair() as o.attr:
    print(o.attr)
d = {}
with Pair() as d["k"]:
    pass
print(d)
class Self:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return None
s = Self()
with s as t:
    print(t is s)

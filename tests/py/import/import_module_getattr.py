# Module __getattr__ (PEP 562) with attribute access and from-import: a name it refuses with AttributeError is an
# AttributeError on access and an ImportError on from-import, so the usual fallback pattern works.
import mod_getattr

print(mod_getattr.lazy_one)
from mod_getattr import lazy_two

print(lazy_two, mod_getattr.made)
try:
    mod_getattr.missing
except AttributeError:
    print("AttributeError")
try:
    from mod_getattr import missing
except ImportError:
    print("ImportError")
try:
    from mod_getattr import lazy_three, missing
except ImportError:
    print("ImportError after", mod_getattr.made)

# A module with a module-level __getattr__ (PEP 562): lazily made names, AttributeError for the others.
made = []


def __getattr__(name):
    if name.startswith("lazy_"):
        made.append(name)
        return name.upper()
    raise AttributeError("module 'mod_getattr' has no attribute " + repr(name))

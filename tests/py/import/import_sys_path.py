# sys.path is a list of strings; sys.modules is a dict of the imported modules
import sys
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print(type(sys.modules).__name__)
import mod_simple
print(sys.modules["mod_simple"] is mod_simple)
saved = list(sys.path)
sys.path.append("/nonexistent-directory-for-test")
print(sys.path[-1])
sys.path[:] = saved
print(sys.path == saved)

# expected: hand-written (sys.implementation.name is 'micropython' on a MicroPython-compatible interpreter)
import sys
impl = sys.implementation
print(impl.name)
print(type(impl.version).__name__, impl.version[0] >= 1, len(impl.version) >= 3)
print(sys.implementation.name == "micropython")

# expected: hand-written (platform's strings name the implementation, not CPython's build)
import platform
p = platform.platform()
print(type(p).__name__, p.startswith("MicroPython-"))
print(type(platform.python_compiler()).__name__)
l = platform.libc_ver()
print(type(l).__name__, len(l))
import uplatform
print(uplatform.platform() == p)

# expected: hand-written (the micropython module exists only in MicroPython)
import micropython
for name in ("const", "opt_level", "mem_info", "qstr_info", "stack_use",
             "heap_lock", "heap_unlock", "kbd_intr", "schedule"):
    print(name, hasattr(micropython, name))
print(micropython.__name__, type(micropython).__name__)
import micropython as again
print(again is micropython)

# expected: hand-written (micropython module: kbd_intr, mem_info, qstr_info, stack_use, heap_lock are MicroPython's)
# The rest of the micropython module: kbd_intr, stack_use, and heap_lock's honest refusal (mem_info's lines are
# checked by tests/NanoPython.Tests/Modules/ModuleBehaviourTests.cs, since their numbers vary).
import micropython

micropython.kbd_intr(-1)
micropython.kbd_intr(3)
print(type(micropython.stack_use()).__name__)
micropython.alloc_emergency_exception_buf(100)
try:
    micropython.heap_lock()
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    micropython.heap_unlock()
except NotImplementedError:
    print("heap_unlock NotImplementedError")
print(micropython.const(5), micropython.opt_level())

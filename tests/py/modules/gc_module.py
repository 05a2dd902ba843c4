# expected: hand-written (mem_free/mem_alloc/threshold are MicroPython's; CPython's gc has neither)
# The gc module's surface: collect, mem_free/mem_alloc (non-negative ints adding up to the heap), enable/disable,
# threshold. The numbers themselves depend on the host and are not printed.
import gc

print(gc.collect())
free, alloc = gc.mem_free(), gc.mem_alloc()
print(type(free).__name__, type(alloc).__name__, free >= 0, alloc >= 0)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.threshold())
gc.threshold(4096)
print(gc.threshold())
gc.threshold(-1)
print(gc.threshold())

# a module that imports other modules; names it imported are its attributes
import mod_uses_other
print(mod_uses_other.call_both())
print(mod_uses_other.counter.count, mod_uses_other.hello("x"))
import mod_counter
print(mod_counter is mod_uses_other.counter)

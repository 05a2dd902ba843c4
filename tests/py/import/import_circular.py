# circular imports see partially initialised modules
import mod_circular_a
print(mod_circular_a.from_b())
import mod_circular_b
print(mod_circular_b.SEEN_FROM_A, mod_circular_b.SEEN_AFTER)
print(mod_circular_b.mod_circular_a is mod_circular_a)

# helper: second half of a circular import
print("mod_circular_b start")
import mod_circular_a
B_VALUE = "b value"
SEEN_FROM_A = getattr(mod_circular_a, "A_BEFORE", "missing")
SEEN_AFTER = getattr(mod_circular_a, "A_AFTER", "missing")
print("mod_circular_b end")

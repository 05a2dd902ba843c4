# helper: first half of a circular import
print("mod_circular_a start")
A_BEFORE = "a before"
import mod_circular_b
A_AFTER = "a after"
def from_b():
    return mod_circular_b.B_VALUE
print("mod_circular_a end")

# Repeating a sequence a huge number of times fails with MemoryError (or OverflowError, as CPython for str and
# bytes) before anything is allocated; the count must never wrap around to a small size.
import array

cases = [
    lambda: [1, 2, 3, 4] * 2**62,
    lambda: [0] * 4 * 2**62,
    lambda: 2**62 * [1, 2],
    lambda: "abcd" * 2**62,
    lambda: b"abcd" * 2**62,
    lambda: (1, 2, 3, 4) * 2**62,
    lambda: bytearray(b"ab") * 2**62,
    lambda: array.array("i", [1]) * 2**40,
    lambda: array.array("b", [1, 2]) * 2**62,
    lambda: 2**62 * array.array("B", [7]),
]
for i, f in enumerate(cases):
    try:
        f()
        print(i, "no error")
    except (MemoryError, OverflowError):
        print(i, "too big")

l = [1, 2]
try:
    l *= 2**62
except (MemoryError, OverflowError):
    print("in place: too big", l)
a = array.array("h", [1, 2])
try:
    a *= 2**62
except (MemoryError, OverflowError):
    print("array in place: too big", len(a))

# Ordinary repetition still works, including zero and negative counts.
print([1, 2] * 3, (1,) * 0, "ab" * -1, b"x" * 2, array.array("h", [1, 2]) * 2, 2 * array.array("B", [7]))
b = array.array("i", [5]); b *= 3; print(b)
b *= 0; print(b)

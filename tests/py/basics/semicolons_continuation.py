# semicolons, backslash continuation and implicit continuation in brackets
a = 1; b = 2; print(a + b)
total = 1 + \
    2 + \
    3
print(total)
items = [
    1,
    2,
    3,  # trailing comma allowed
]
print(items)
result = (10
          - 4
          * 2)
print(result)
d = {
    "a": 1,
    "b": 2
}
print(d["a"], d["b"])
def f(a,
      b=2,
      ):
    return a + b
print(f(1,
        5))
if a == 1 and \
   b == 2:
    print("both")
s = ("implicit "
     "concatenation")
print(s)

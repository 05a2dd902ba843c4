# random.seed makes sequences repeat
import random
random.seed(123)
a = [random.getrandbits(16) for i in range(5)] + [random.random() for i in range(3)]
random.seed(123)
b = [random.getrandbits(16) for i in range(5)] + [random.random() for i in range(3)]
print(a == b)
random.seed(124)
c = [random.getrandbits(16) for i in range(5)]
print(a[:5] != c)
random.seed(7)
x = random.randint(0, 1000000)
random.seed(7)
print(x == random.randint(0, 1000000))

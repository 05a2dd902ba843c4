# print writes to the current sys.stdout
import sys
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
old = sys.stdout
cap = Capture()
sys.stdout = cap
print("captured", 1)
print("second", end="")
sys.stdout = old
print(cap.parts)
print("back")

# flush=True calls file.flush after writing
class W:
    def __init__(self):
        self.log = []
    def write(self, s):
        self.log.append("w:" + s)
    def flush(self):
        self.log.append("flush")
w = W()
print("a", file=w, flush=True)
print("b", file=w, flush=False)
print("c", file=w)
print(w.log)
print("flushed stdout", flush=True)

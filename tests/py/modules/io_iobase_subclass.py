# A Python class derived from io.IOBase, as mpremote's mount and drivers write them: used through print(file=),
# with, iteration and read/write methods of its own.
import io


class Recorder(io.IOBase):
    def __init__(self):
        self.chunks = []
        self.lines = ["a\n", "b\n", "c"]

    def write(self, s):
        self.chunks.append(s)
        return len(s)

    def readline(self):
        return self.lines.pop(0) if self.lines else ""

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.chunks.append("<closed>")


r = Recorder()
print("x", 1, "y", sep="-", end="!\n", file=r)
print(r.chunks)
print(list(r))
with r as w:
    w.write("inside")
print(r.chunks[-2:], isinstance(r, io.IOBase), issubclass(Recorder, io.IOBase))


class Upper(io.IOBase):
    def __init__(self, target):
        self.target = target

    def write(self, s):
        return self.target.write(s.upper())


sink = io.StringIO()
print("shout", file=Upper(sink))
print(repr(sink.getvalue()))

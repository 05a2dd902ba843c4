# async with calls __aenter__ and __aexit__
log = []
class Resource:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        log.append("enter " + self.name)
        return self.name.upper()
    async def __aexit__(self, exc_type, exc, tb):
        log.append("exit " + self.name + " " + (exc_type.__name__ if exc_type else "ok"))
        return exc_type is KeyError
async def main():
    async with Resource("a") as v:
        log.append("body " + v)
    async with Resource("b"):
        raise KeyError("suppressed")
    try:
        async with Resource("c"):
            raise ValueError("propagates")
    except ValueError:
        log.append("caught ValueError")
    return "done"
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
for line in log:
    print(line)

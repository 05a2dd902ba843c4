# compile in the three modes
c1 = compile("a = 5", "file.py", "exec")
c2 = compile("a * 2", "file.py", "eval")
ns = {}
print(exec(c1, ns), eval(c2, ns))
c3 = compile("a + 1", "<single>", "single")
exec(c3, ns)
exec(compile("None", "<single>", "single"))
c4 = compile(source="7", filename="kw.py", mode="eval")
print(eval(c4))

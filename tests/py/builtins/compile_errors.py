# compile argument errors
for args in (("1", "f", "bogus"), ("1", "f"), (1, "f", "exec")):
    try:
        compile(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
try:
    compile("def", "f", "exec")
except SyntaxError as e:
    print(type(e).__name__)

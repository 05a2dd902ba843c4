# exec with separate globals and locals
g = {"gv": 1}
l = {"lv": 2}
exec("r = gv + lv\nglobal gw\ngw = 5", g, l)
print(l["r"], g["gw"], "r" in g, "gw" in l)
exec("print(sorted(k for k in locals()))", {}, {"only": 1})

# inf and nan: printing, arithmetic and comparisons
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, -nan, repr(inf), str(-inf), inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf, -1 / inf)
print(inf == inf, inf > 1e308, -inf < -1e308, nan == nan, nan != nan, nan < 1, nan > 1, nan == 0, inf == 2**5000)
print(min(1.0, inf), max(-inf, 0.0), abs(-inf), -(-inf), inf // 1 if False else "skip", nan is nan)

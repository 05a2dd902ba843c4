# float() of very long digit strings
print(float("1" + "0" * 400 + "e-400"), float("0." + "0" * 400 + "1e401"), float("3" * 1000), float("0." + "3" * 1000))
print(float("1" * 300 + "." + "1" * 300), float("9" * 800 + "e-800"), float("0." + "0" * 330 + "1"), float("1" + "0" * 320))

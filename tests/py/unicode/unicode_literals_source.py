# non-ASCII characters in string literals, comments and docstrings
# Kommentar mit Umlauten: äöü, and emoji 🎉 in a comment
def doc():
    """Docstring with ünïcödé."""
    return "ok"
print(doc())
print('single ü', "double é", '''triple ß''', """triple 日本""")
print("tab\tπ", "newline\n€")

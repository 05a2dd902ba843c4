# f-strings with non-ASCII literals and values
name = "Zoë"
city = "Zürich"
print(f"{name} lives in {city}")
print(f"{len(name)} {name[2]} {city[1:]}")
print(f"→ {name} ←")
print(f"{'日本'}{'語'}", f"{chr(0x20AC)}{100}")

# helper with module-level state shared by all importers
print("mod_counter executing")
count = 0
def bump():
    global count
    count += 1
    return count

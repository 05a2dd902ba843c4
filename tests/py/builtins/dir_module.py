# dir of a module lists its names
import sys
print("path" in dir(sys), "modules" in dir(sys), dir(sys) == sorted(dir(sys)))

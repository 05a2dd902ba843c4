# __name__ is "__main__" in the script and the module name in imported modules
print(__name__)
import mod_simple
print(mod_simple.__name__)
if __name__ == "__main__":
    print("running as main")

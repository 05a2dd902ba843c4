# objects placed in sys.modules are returned by import
import sys
class Fake:
    VALUE = "injected"
sys.modules["fake_module_for_test"] = Fake
import fake_module_for_test
print(fake_module_for_test.VALUE)
from fake_module_for_test import VALUE
print(VALUE)
del sys.modules["fake_module_for_test"]

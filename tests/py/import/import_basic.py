# import a module and use its attributes
import mod_simple
print(mod_simple.VALUE, mod_simple.greet("you"), mod_simple.Thing.kind)
print(mod_simple.__name__, type(mod_simple).__name__)
mod_simple.items.append(1)
import mod_simple
print(mod_simple.items)
print(hasattr(mod_simple, "greet"), hasattr(mod_simple, "nope"))

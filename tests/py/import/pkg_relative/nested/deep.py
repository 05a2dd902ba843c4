# helper module two levels down
from ..helpers import double
from . import __name__ as nested_name
DEEP = double(5)
PARENT = nested_name

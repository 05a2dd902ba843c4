# helper package that uses relative imports
from . import helpers
from .helpers import double
from .nested.deep import DEEP
PKG_NAME = __name__

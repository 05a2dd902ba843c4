# helper subpackage
from .. import helpers as parent_helpers
NESTED_DOUBLE = parent_helpers.double(21)

# helper module with __all__ limiting from-import-star
__all__ = ["exported", "also_exported"]
exported = "exported"
also_exported = "also exported"
not_listed = "not listed"
_underscore = "underscore"

__all__ = ["public_a", "_private_listed"]

public_a = "a"
public_b = "b (not in __all__)"
_private_listed = "private but listed"
_private_unlisted = "hidden"

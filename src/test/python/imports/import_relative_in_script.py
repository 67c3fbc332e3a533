print("__package__:", repr(__package__))
from .sibling import thing

# The smallest gilpy program: prints a greeting and the interpreter's name.
import sys

print("Hello from", sys.implementation.name if hasattr(sys, "implementation") else "python")

import sys

for attr in ["debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode"]:
    print(attr, hasattr(sys.flags, attr))
print(sys.flags.optimize, sys.flags.debug, sys.flags.inspect)
print(callable(sys.exit), callable(sys.getsizeof), callable(sys.getrefcount) if hasattr(sys, "getrefcount") else True)
print(sys.getdefaultencoding())
print(sys.implementation.name == sys.implementation.name.lower(), isinstance(sys.implementation.name, str))

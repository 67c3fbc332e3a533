# os.environ is a collections.abc.MutableMapping (whichever module is imported first),
# generic in annotations (os._Environ[str, str]) and, like every mapping, not reversible.
import os
import collections.abc

print(isinstance(os.environ, collections.abc.MutableMapping), isinstance(os.environ, collections.abc.Mapping))
print(issubclass(type(os.environ), collections.abc.MutableMapping), type(os.environ).__reversed__)
alias = type(os.environ)[str, str]
print(alias, alias.__origin__ is type(os.environ), alias.__args__)
try:
    reversed(os.environ)
except TypeError as e:
    print("TypeError:", e)
os.environ["GILPY_TEST_VAR"] = "1"
print(os.environ.get("GILPY_TEST_VAR"), "GILPY_TEST_VAR" in os.environ, os.getenv("GILPY_TEST_VAR"))
del os.environ["GILPY_TEST_VAR"]
print("GILPY_TEST_VAR" in os.environ)

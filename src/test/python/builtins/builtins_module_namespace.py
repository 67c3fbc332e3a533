import builtins

names = [n for n in dir(builtins) if not n.startswith("_")]
for needed in ["abs", "all", "any", "ascii", "bin", "bool", "callable", "chr", "compile", "delattr", "dict", "dir", "divmod", "enumerate", "eval", "exec",
               "filter", "float", "format", "frozenset", "getattr", "globals", "hasattr", "hash", "hex", "id", "int", "isinstance", "issubclass", "iter",
               "len", "list", "locals", "map", "max", "min", "next", "object", "oct", "ord", "pow", "print", "range", "repr", "reversed", "round", "set",
               "setattr", "slice", "sorted", "str", "sum", "super", "tuple", "type", "vars", "zip", "ValueError", "Exception", "True", "None", "Ellipsis"]:
    if needed not in names:
        print("missing", needed)
print("checked")
print(builtins.len([1]), getattr(builtins, "True"), getattr(builtins, "None"), builtins.Ellipsis)
len_backup = builtins.len
builtins.len = lambda x: "patched"
print(len([1, 2]))
builtins.len = len_backup
print(len([1, 2]))
len = lambda x: "shadowed"
print(len("abc"), builtins.len("abc"))
del len
print(len("abc"))

# os.environ as a mapping: repr, setting and deleting (seen by getenv and by children),
# copy, get, setdefault, pop, update, |, and the errors of non-str keys and values.
import os

env = os.environ
print(type(env).__name__, repr(env).startswith("environ({"), repr(env).endswith("})"))
print(isinstance(env.copy(), dict), env.copy() == dict(env), len(env) == len(list(env)))
env["GILPY_T1"] = "one"
print(env["GILPY_T1"], os.getenv("GILPY_T1"), "GILPY_T1" in env, env.get("GILPY_T1"), env.get("GILPY_NO"))
print(repr(env).count("'GILPY_T1': 'one'"))
print(env.setdefault("GILPY_T2", "two"), env.setdefault("GILPY_T2", "other"))
print(env.pop("GILPY_T2"), env.pop("GILPY_T2", "gone"))
env.update({"GILPY_T3": "3"}, GILPY_T4="4")
print(env["GILPY_T3"], env["GILPY_T4"])
merged = env | {"GILPY_T5": "5"}
print(type(merged).__name__, merged["GILPY_T5"], "GILPY_T5" in env)
del env["GILPY_T1"]
print("GILPY_T1" in env, os.getenv("GILPY_T1"))
for bad in (lambda: env["GILPY_T1"], lambda: env.__setitem__("X", 1), lambda: env.__setitem__(1, "x"),
            lambda: env[1], lambda: env.pop("GILPY_NOPE"), lambda: env.__delitem__("GILPY_NOPE")):
    try:
        bad()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
print(os.get_exec_path({"PATH": "/a:/b"}), os.get_exec_path({}) == os.defpath.split(":"))
print(os.fsencode("abc"), os.fsdecode(b"abc"), os.fsencode(b"x"), os.fsdecode("y"))

# subprocess.Popen and CompletedProcess are generic in annotations (Popen[bytes],
# CompletedProcess[str]): Class[X] is a types.GenericAlias whose origin is the class.
import subprocess
import types

for cls in (subprocess.Popen, subprocess.CompletedProcess):
    alias = cls[bytes]
    print(alias, type(alias) is types.GenericAlias, alias.__origin__ is cls, alias.__args__)
print(subprocess.CompletedProcess[str](["x"], 0))


def run() -> subprocess.CompletedProcess[str]:
    return subprocess.CompletedProcess(["true"], 0, "out")


print(run.__annotations__, run())

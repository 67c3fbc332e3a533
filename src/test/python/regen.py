#!/usr/bin/env python3
"""Regenerates the expected output of golden tests by running CPython.

Usage: python3 src/test/python/regen.py [feature-dir-or-case.py ...]   (default: all)

Each <case>.py runs under CPython 3.11.7 (or 2.7.18 when its first line is
`# golden: 2.7`) with its folder as the working directory; stdout goes to <case>.out,
stderr to <case>.err and a non-zero exit status to <case>.code (empty ones are removed).
<case>.in, when present, is fed to stdin.
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PYENV = {"3": "3.11.7", "2": "2.7.18"}


def cases(args):
    targets = args or [HERE]
    for t in targets:
        t = os.path.abspath(t)
        if os.path.isdir(t):
            for root, _, files in sorted(os.walk(t)):
                if any(d.startswith("_") for d in os.path.relpath(root, HERE).split(os.sep)):
                    continue  # helper modules of a test, e.g. imports/_mods/
                for f in sorted(files):
                    if f.endswith(".py") and root != HERE:
                        yield os.path.join(root, f)
        elif t.endswith(".py"):
            yield t


def regen(path):
    folder, name = os.path.split(path)
    stem = name[:-3]
    with open(path, encoding="utf-8") as f:
        first = f.readline()
    major = "2" if first.startswith("# golden: 2.7") else "3"
    env = dict(os.environ, PYENV_VERSION=PYENV[major], PYTHONHASHSEED="0",
               PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    env.pop("PYTHONPATH", None)
    env.pop("PYTHONUNBUFFERED", None)  # the standard streams must be buffered as by default
    # a pyenv shim running this script puts its own versions/X/bin first on PATH
    env["PATH"] = os.pathsep.join(d for d in env.get("PATH", "").split(os.pathsep)
                                  if os.sep + "versions" + os.sep not in d)
    stdin_path = os.path.join(folder, stem + ".in")
    stdin = open(stdin_path, "rb") if os.path.exists(stdin_path) else subprocess.DEVNULL
    exe = "python" if major == "2" else "python3"
    try:
        p = subprocess.run([exe, name], cwd=folder, env=env, stdin=stdin,
                           capture_output=True, timeout=120)
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()
    # CPython 3.9+ makes the script path absolute; tests expect paths relative to the
    # folder, in both streams (tracebacks and warnings also reach stdout through logging,
    # traceback.print_exc(file=sys.stdout)...), whatever folder the checkout is in.
    prefix = (folder + os.sep).encode()
    stdout = p.stdout.replace(prefix, b"")
    stderr = p.stderr.replace(prefix, b"")
    for ext, data in ((".out", stdout), (".err", stderr),
                      (".code", b"%d\n" % p.returncode if p.returncode else b"")):
        out = os.path.join(folder, stem + ext)
        if data:
            with open(out, "wb") as f:
                f.write(data)
        elif os.path.exists(out):
            os.remove(out)
    return p.returncode


def main():
    n = 0
    for path in cases(sys.argv[1:]):
        code = regen(path)
        n += 1
        print("%-70s exit %d" % (os.path.relpath(path, HERE), code))
    print("%d programs regenerated" % n)


if __name__ == "__main__":
    main()

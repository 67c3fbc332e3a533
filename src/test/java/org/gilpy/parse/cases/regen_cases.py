#!/usr/bin/env python3
"""Regenerates the expected results in the parser case files from CPython 3.11.

    PYENV_VERSION=3.11.7 python3 src/test/java/org/gilpy/parse/cases/regen_cases.py [file.txt ...]

A case file holds cases, each a line with the Python repr of a source (optionally after
"eval " or "single " to choose the mode) followed by an indented expected line: "OK"
and the tree in the compact form of AstDump.java, or the SyntaxError's class, msg,
lineno, offset, end_lineno, end_offset and text. Lines starting with '#' are comments.
A case whose expected line starts with "    !" is hand-written (gilpy deliberately
differs from CPython there) and is kept as is.
"""
import ast, os, sys, tempfile, warnings

assert sys.version_info[:2] == (3, 11), "run with CPython 3.11 (PYENV_VERSION=3.11.7)"
warnings.simplefilter("ignore")
SKIP = {"type_comment", "kind", "type_ignores", "is_async"}


def cp_col(lines, line, col):
    """CPython counts columns in UTF-8 bytes; gilpy in code points."""
    if line < 1 or line > len(lines):
        return col
    return len(lines[line - 1].encode("utf-8")[:col].decode("utf-8", errors="replace"))


def dump(n, lines):
    if isinstance(n, ast.AST):
        name = type(n).__name__
        if not n._fields and not n._attributes:
            return name
        fields = [dump(getattr(n, f), lines) for f in n._fields if f not in SKIP]
        pos = ""
        if "lineno" in n._attributes:
            pos = "@%d:%d-%d:%d" % (n.lineno, cp_col(lines, n.lineno, n.col_offset),
                                    n.end_lineno, cp_col(lines, n.end_lineno, n.end_col_offset))
        return name + pos + "(" + ", ".join(fields) + ")"
    if isinstance(n, list):
        return "[" + ", ".join(dump(x, lines) for x in n) + "]"
    if n is ...:
        return "Ellipsis"
    return repr(n)


def result(src, mode):
    with open("x.py", "w", encoding="utf-8") as f:
        f.write(src)
    try:
        tree = ast.parse(src, "x.py", mode)
    except SyntaxError as e:
        return "%s %r %s %s %s %s %r" % (type(e).__name__, e.msg, e.lineno, e.offset,
                                         e.end_lineno, e.end_offset, e.text)
    lines = src.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "OK " + dump(tree, lines)


def regen(path):
    out = []
    lines = open(path, encoding="utf-8").read().splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if not line.strip() or line.startswith("#") or line.startswith("    "):
            if not line.startswith("    "):
                out.append(line)
            continue
        mode = "exec"
        text = line
        for m in ("eval ", "single "):
            if line.startswith(m):
                mode, text = m.strip(), line[len(m):]
        src = ast.literal_eval(text)
        out.append(line)
        if i < len(lines) and lines[i].startswith("    !"):
            out.append(lines[i])
            i += 1
            continue
        out.append("    " + result(src, mode))
    return "\n".join(out) + "\n"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    files = [os.path.abspath(f) for f in sys.argv[1:]] or sorted(
        os.path.join(here, f) for f in os.listdir(here) if f.endswith(".txt"))
    work = tempfile.mkdtemp()
    os.chdir(work)
    for f in files:
        text = regen(f)
        with open(f, "w", encoding="utf-8") as out:
            out.write(text)
        print("regenerated", f)


main()

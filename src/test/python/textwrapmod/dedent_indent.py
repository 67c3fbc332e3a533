import textwrap

cases = [
    "",
    "no indent\n  some\n",
    "    four\n    four\n",
    "    a\n      b\n    c",
    "  a\n\tb\n",
    "\ta\n\tb\n\t\tc\n",
    "  \t a\n  \t b\n",
    "  a\n   \n  b\n",
    "  a\n\n  b\n \t \n",
    "   \n   x\n   ",
    "  a\r\n  b\r\n",
    "  a\n  \r\n  b",
    " x\n  y\n   z",
    "\n\n   only\n\n",
    "  a\n \tb\n",
    "    def f():\n        return 1\n",
]
for c in cases:
    print(repr(textwrap.dedent(c)))

for c in ["a\nb\n", "a\n\n  \nb", "one\r\ntwo\rthree\x0bfour\x0cfive\x1csix\u2028seven", "", "\n", "x"]:
    print(repr(textwrap.indent(c, "> ")))
    print(repr(textwrap.indent(c, "+", lambda line: True)))
    print(repr(textwrap.indent(c, "#", predicate=lambda line: line.startswith("a"))))

print(textwrap.indent(textwrap.dedent("""
    Hello
      world
    """), "  | "))

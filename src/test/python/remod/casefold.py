# IGNORECASE follows CPython's rules: simple lowercase plus the extra equivalents.
import re

chars = "aAkK\u212aiI\u0130\u0131sS\u017f\u00df\u1e9e\u00b5\u03bc\u039c\u03c3\u03c2\u03a3\u03b8\u03d1\u03f4\u0398" \
        "\u03b2\u03d0\u0392\u0345\u03b9\u1fbe\u0399\u0432\u1c80\u0412\u0442\u1c84\u1c85\u0390\u1fd3\ufb05\ufb06" \
        "\u00e9\u00c9\u01c4\u01c5\u01c6\u1e61\u1e9b\u1e60"
for a in chars:
    p = re.compile(re.escape(a), re.I)
    cls = re.compile("[" + re.escape(a) + "]", re.I)
    ncls = re.compile("[^" + re.escape(a) + "]", re.I)
    print(ascii(a), "".join(ascii(b)[1:-1] + "," for b in chars if p.fullmatch(b)),
          sum(1 for b in chars if cls.fullmatch(b)), sum(1 for b in chars if ncls.fullmatch(b)),
          sum(1 for b in chars if re.fullmatch(re.escape(a), b, re.I | re.A)))
print(re.findall("(?i)[a-z]+", "\u0130\u0131\u017f\u212aABCxyz"), re.findall("(?i)[A-Z]", "\u0130\u0131\u017f\u212a"))
print(re.findall("(?i)[\u00c0-\u00de]+", "\u00e0\u00fe\u00ff\u0178"), re.findall(r"(?i)(\w)\1", "aA \u00e9\u00c9 \u03c3\u03a3"))
print(re.findall("(?i)[\u0400-\u04ff]+", "\u1c80\u1c84 abc"), re.findall("(?i)[^\u0400-\u04ff]+", "\u1c80\u1c84 abc"))

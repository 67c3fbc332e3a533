# re.Scanner: a lexer built from (pattern, action) pairs.
import re

scanner = re.Scanner([
    (r"[a-zA-Z_]\w*", lambda s, tok: ("NAME", tok)),
    (r"(\d+)\.(\d*)", lambda s, tok: ("FLOAT", tok, s.match.span())),
    (r"\d+", lambda s, tok: ("INT", int(tok))),
    (r"[-+*/=()]", lambda s, tok: ("OP", tok)),
    (r"\s+", None),
    (r"#", "HASH"),
])
print(scanner.scan("x1 = 3.25 * (y + 42) # done"))
print(scanner.scan("a ? b"), scanner.scan(""))
bscan = re.Scanner([(rb"\d+", lambda s, t: int(t)), (rb",", None)])
print(bscan.scan(b"1,22,333;x"))
iscan = re.Scanner([("a+", "A"), ("b+", "B")], re.I)
print(iscan.scan("aAbBBa!"))

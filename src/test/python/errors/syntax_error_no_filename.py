# A SyntaxError raised by hand with no filename is reported as "<string>".
raise SyntaxError("invalid thing", (None, 2, 4, "a b c\n", 2, 6))

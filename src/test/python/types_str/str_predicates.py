samples = ["abc", "ABC", "abc123", "123", "١٢٣", "½", "²", "", " ", "\t\n", "hello world", "_id", "id_2", "2id", "class", "Ωmega", "日本", "a.b", "\x00", "ⅷ", "é", "\u00a0"]
print("sample alpha alnum digit decimal numeric space ident printable ascii")
for s in samples:
    print(repr(s), s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(), s.isidentifier(), s.isprintable(), s.isascii())

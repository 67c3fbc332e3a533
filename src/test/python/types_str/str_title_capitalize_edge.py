for s in ["hello WORLD", "they're bill's friends", "3rd place", "a-b_c d.e", "ÉCOLE élève", "ǆemal", "x", "", "  spaced  out  ", "αβγ ΔΕΖ"]:
    print(repr(s), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()))
print("ǅ".upper(), "ǅ".lower(), "ǅ".title(), "ǆ".title(), "ǆ".capitalize())
print("İ".lower(), len("İ".lower()), "ﬀ".upper(), "ŉ".upper(), "ΐ".upper())
print("Σ".lower(), "ΑΣ".lower(), "ΑΣ Α".lower(), "Σ".casefold())

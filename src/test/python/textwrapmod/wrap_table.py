import textwrap
_state = [7]
def rnd(n):
    _state[0] = (_state[0] * 1103515245 + 12345) % 2147483648
    return (_state[0] >> 8) % n
words = ["a", "ab", "abc", "well-known", "e-mail", "x-ray", "a-b-c-d", "--", "---", "--ab", "ab--", "abc--def", "foo.-bar",
         "rock-'n'-roll", "123-456", "a-1", "hello,", "World.", "Mr.", "end!", "'quoted.'", "\"q?\"", "é-ü-ñ", "ab_-cd", "über-cool",
         "supercalifragilisticexpialidocious", "long-hyphenated-compound-word-here", "x", "tab\there", "nl\nhere", "  ", "\t", "-", "a-", "-a",
         "ab-c", "ab-cd-e", "ab-c-d", "A-B-C", "AB-CD", "1a-bc", "a1-bc", "ab-1c", "'ab-cd'", "ab--cd--ef", "?--a", "a.--b", "-- x", "x-- ", "ab-\u00e9f"]
texts = []
for k in range(60):
    texts.append(" ".join(words[rnd(len(words))] for _ in range(1 + rnd(25))))
texts += ["", " ", "   leading", "trailing   ", "Hello there.  How are you? Fine.\nYes! ok", "a" * 30, "x " * 40]
w = textwrap.TextWrapper()
bad = 0
for t in texts:
    print(repr(t), w._split(t))
    for width in [1, 2, 3, 5, 7, 10, 13, 20, 40]:
        for kw in [{}, {"break_on_hyphens": False}, {"break_long_words": False}, {"drop_whitespace": False},
                   {"fix_sentence_endings": True}, {"initial_indent": "* ", "subsequent_indent": "  "},
                   {"max_lines": 2}, {"max_lines": 1, "placeholder": "..."}, {"expand_tabs": False, "replace_whitespace": False},
                   {"tabsize": 3}, {"replace_whitespace": False}]:
            if width <= len(kw.get('initial_indent', '')) + 1: continue
            try:
                r = textwrap.wrap(t, width, **kw)
            except ValueError as e:
                r = "ValueError: %s" % e
            print(width, sorted(kw.items()), r)
    for width in [5, 10, 20, 40]:
        try:
            print(textwrap.shorten(t, width))
        except ValueError as e:
            print("ValueError", e)

import textwrap

text = ("The quick brown fox jumps over the lazy dog.  Pack my box with five dozen "
        "liquor jugs.  How vexingly quick daft zebras jump!  Sphinx of black quartz, judge my vow.")
print(textwrap.wrap(text))
print(textwrap.wrap(text, 30))
print(textwrap.wrap(text, width=25, initial_indent="--> ", subsequent_indent="    "))
print(textwrap.fill(text, 40))
print(textwrap.fill(text, 40, max_lines=3))
print(textwrap.fill(text, 40, max_lines=3, placeholder=" ..."))
print(textwrap.fill(text, 40, max_lines=1, placeholder=""))
print(textwrap.shorten(text, 50))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world!", width=10, placeholder="..."))
print(repr(textwrap.shorten("   ", 10)))
print(textwrap.shorten(text, 60, break_long_words=False, placeholder=" (more)"))
try:
    textwrap.shorten(text, 5)
except ValueError as e:
    print("ValueError:", e)
for w in [0, -1]:
    try:
        textwrap.wrap("abc", w)
    except ValueError as e:
        print("ValueError:", e)
print(textwrap.wrap("", 10))
try:
    textwrap.wrap("", 0)
except ValueError as e:
    print("ValueError:", e)

w = textwrap.TextWrapper(width=20, fix_sentence_endings=True)
print(w.wrap("This is a sentence. And another one! Right? \"Yes.\" Dr. Who. e.g. x.  y"))
print(w.fill("Mr. Smith went to Washington. He said 'hi.' then left."))
print(w.width, w.initial_indent, w.expand_tabs, w.replace_whitespace, w.fix_sentence_endings, w.break_long_words,
      w.drop_whitespace, w.break_on_hyphens, w.tabsize, w.max_lines, w.placeholder)
w.width = 10
print(w.wrap("attributes are read at wrap time"))
print(sorted(textwrap.TextWrapper.unicode_whitespace_trans.items()))
print(textwrap.__all__)

print(textwrap.wrap("a\tb\tc\td", 80))
print(textwrap.wrap("a\tb\tc\td", 80, tabsize=4))
print(textwrap.wrap("a\tb\tc\td", 80, expand_tabs=False))
print(textwrap.wrap("a\tb\nc\x0bd\x0ce\rf", 80, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("a\tb\nc\x0bd\x0ce\rf", 80, replace_whitespace=False))
print(textwrap.wrap("one\u00a0two\u2003three four", 8))
print(textwrap.wrap("   leading and trailing   ", 10))
print(textwrap.wrap("   leading and trailing   ", 10, drop_whitespace=False))
print(textwrap.wrap("word " * 5, 5, drop_whitespace=False))
print(textwrap.wrap("abcdefghij-klmnop qrs", 8))
print(textwrap.wrap("abcdefghij-klmnop qrs", 8, break_on_hyphens=False))
print(textwrap.wrap("---------- ab", 4))
print(textwrap.wrap("a-------------b", 4))
print(textwrap.wrap("Python-is-a-really-nice-language-to-use", 12))
print(textwrap.wrap("Python-is-a-really-nice-language-to-use", 12, break_long_words=False))

class Upper(textwrap.TextWrapper):
    def _split(self, text):
        return [c.upper() for c in super()._split(text)]

print(Upper(width=12).wrap("subclasses can override split"))
print(Upper(width=12)._split("well-known x-ray"))
print(textwrap.TextWrapper(break_on_hyphens=False)._split("well-known  x\ty"))
print(textwrap.TextWrapper()._munge_whitespace("a\tb\nc"))
chunks = ["end.", " ", "Next", " ", "x?'", " ", "Y", " ", "A.", " ", "b"]
textwrap.TextWrapper()._fix_sentence_endings(chunks)
print(chunks)

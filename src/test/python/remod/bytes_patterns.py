# bytes patterns: ASCII classes and case folding, LOCALE, bytes-like subjects.
import re

CASES = [
    (rb"\w+", 0, b"ab\xe9_9 cd"), (rb"\s+", 0, b"a \t\n\x0b\x0c\r\x1c\x85\xa0b"), (rb"\d+", 0, b"x12\xb2"),
    (rb"[a-z]+", re.I, b"ABC\xc9def"), (rb"\xe9", re.I, b"\xc9\xe9"), (rb"k", re.I, b"K"),
    (rb"\bfoo\b", 0, b"foo\xe9foo foo"), (rb"[\x80-\xff]+", 0, b"ab\x80\xffcd"), (rb".", 0, b"\n\xff"),
    (rb"(?L)\w+", 0, b"ab\xe9"), (rb"\w+", re.L | re.I, b"AbC"), (rb"(?a)\w+", 0, b"ab"),
    (rb"a(?i:B)c", 0, b"abc aBc"), (rb"(\w)\1", re.I, b"aA"), (rb"\101\x42", 0, b"AB"),
]
for pattern, flags, subject in CASES:
    p = re.compile(pattern, flags)
    m = p.search(subject)
    print(repr(pattern), p.flags, m and m.span(), p.findall(subject), p.split(subject), p.sub(b"<\\g<0>>", subject))

p = re.compile(rb"(?P<k>\w+)=(?P<v>\w*)")
for subject in (b"a=1 b=2", bytearray(b"a=1 b=2")):
    m = p.search(subject)
    print(type(subject).__name__, m, m.group(), m.groups(), m.groupdict(), type(m.string).__name__,
          p.findall(subject), p.sub(rb"\g<v>=\g<k>", subject), p.split(subject))
m = p.search(memoryview(b"a=1 b=2"))
print(m.group(), m.groups(), p.findall(memoryview(b"x=y")), p.split(memoryview(b"x=y")))
print(re.escape(b"a.b*c\xff"), re.sub(b"a", b"\\n", b"a"), re.sub(b"(a)", b"\\1\\1", b"xa"), re.subn(b"", b"-", b"ab"))
print(repr(re.compile(b"a+")), re.compile(b"(?i)a").flags, re.compile(b"a", re.I | re.L).flags)
print(re.match(b"\\x41", b"A"), re.fullmatch(b"a|ab", b"ab"), re.search(b"$", b"ab\n").span())
for bad in [(b"a", "a"), ("a", b"a"), ("a", bytearray(b"a"))]:
    try:
        re.match(*bad)
    except TypeError as e:
        print("TypeError", e)

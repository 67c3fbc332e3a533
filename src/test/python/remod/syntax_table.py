# Table-driven check of the regular-expression syntax: for each (pattern, flags, subject)
# prints search/match/fullmatch spans and groups, findall, split and sub.
import re

I, M, S, X, A = re.I, re.M, re.S, re.X, re.A

CASES = [
    # literals and escapes
    ("abc", 0, "xxabcxx"), ("a.c", 0, "a\nc abc"), ("a.c", S, "a\nc"),
    (r"\a\f\n\r\t\v", 0, "\a\f\n\r\t\v"), (r"\x41\u00e9\U0001F600", 0, "A\u00e9\U0001F600"),
    (r"\101\0\07", 0, "A\x00\x07"), (r"\N{LATIN SMALL LETTER E WITH ACUTE}", 0, "caf\u00e9"),
    (r"\.\*\+\?\(\)\[\]\{\}\|\^\$\\", 0, r".*+?()[]{}|^$\ "), (r"\-\#\ \&\~", 0, "-# &~"),
    ("é+", 0, "ééé"), ("\U0001F600+", 0, "x\U0001F600\U0001F600y"),
    # anchors
    ("^a", 0, "ba\na"), ("^a", M, "ba\na"), ("a$", 0, "a\na\n"), ("a$", M, "a\na\nb"),
    (r"a\Z", 0, "a\na"), (r"\Aa", 0, "aa"), ("$", 0, "ab\n"), ("^", M, "a\nb\n"), ("$", M, "a\nb\n"),
    (r"\bfoo\b", 0, "foo foobar (foo)"), (r"\Bo\B", 0, "foo boo"), (r"\b", 0, ""), (r"\B", 0, ""),
    (r"\b\w+\b", 0, "héllo wörld"), (r"\b\w+\b", A, "héllo wörld"),
    # classes
    ("[abc]+", 0, "xxbcaxx"), ("[^abc]+", 0, "abxyzc"), ("[a-z0-9_]+", 0, "--ab_9--"),
    ("[]a]+", 0, "x]a]x"), ("[^]a]+", 0, "]xyz"), ("[a-]+", 0, "b-a-"), ("[-a]+", 0, "-a"),
    (r"[\d\s]+", 0, "a1 2\t3b"), (r"[\w.]+", 0, "a.b-c"), (r"[\]\\]+", 0, "x]\\]x"),
    (r"[\x41-\x43]+", 0, "ABCD"), (r"[\b]", 0, "a\bb"), (r"[^\W\d]+", 0, "ab12cd"),
    (r"[.*+?]+", 0, "a.*+?b"), ("[a-c-e]+", 0, "abc-e d"), (r"[\N{GREEK SMALL LETTER ALPHA}-\N{GREEK SMALL LETTER GAMMA}]+", 0, "xαβγδ"),
    (r"\d+", 0, "x\u0663\u0664 12"), (r"\d+", A, "x\u0663\u0664 12"), (r"\s+", 0, "a \t\n\x1c\xa0\u2028b"),
    (r"\s+", A, "a \t\n\x1c\xa0b"), (r"\w+", 0, "a_b\u00e9\u0663!"), (r"\w+", A, "a_b\u00e9!"),
    (r"\W+", 0, "ab!? \u00e9"), (r"\D+", 0, "ab12"), (r"\S+", 0, "  ab  "),
    # repeats
    ("a*", 0, "aaab"), ("a+", 0, "baaa"), ("a?", 0, "aa"), ("a{2}", 0, "aaaaa"), ("a{2,}", 0, "aaaaa"),
    ("a{,2}", 0, "aaaaa"), ("a{2,3}", 0, "aaaaa"), ("a{0}", 0, "aaa"), ("a{1,1}", 0, "aa"),
    ("a*?", 0, "aaa"), ("a+?", 0, "aaa"), ("a??", 0, "aa"), ("a{2,3}?", 0, "aaaa"), ("a{,3}?b", 0, "aab"),
    ("a{", 0, "a{"), ("a{1", 0, "a{1"), ("a{,}", 0, "aaa"), ("{}", 0, "{}"), ("a{x}", 0, "a{x}"),
    ("<.*>", 0, "<a><b>"), ("<.*?>", 0, "<a><b>"), (r"(ab)+", 0, "ababab"), (r"(ab)+?", 0, "ababab"),
    (r"(a|ab)(c|bcd)(d*)", 0, "abcd"), (r"(a*)*", 0, "b"), (r"(a*)+", 0, "b"), (r"(a|)*", 0, "aab"),
    (r"(?:a|b)*?c", 0, "ababc"), (r"(a{2}){2}", 0, "aaaaa"), (r"(a{1,2}){3,}", 0, "aaaaaaa"),
    (r"(\w+?)(\d*)$", 0, "abc123"), (r"x(a|b){2,3}?y", 0, "xababy"), (r"(?:(a)|b)*", 0, "ab"),
    (r"(?:(a)|(b))*", 0, "ab"), (r"(a)*", 0, "aaa"), (r"(?:a*?)*b", 0, "aab"), (r"(a?)+?b", 0, "aab"),
    # possessive and atomic
    ("a*+a", 0, "aaaa"), ("a++b", 0, "aaab"), ("a?+a", 0, "a"), ("a{1,3}+a", 0, "aaaa"),
    ("(?>a+)b", 0, "aaab"), ("(?>a|ab)c", 0, "abc"), ("(?>(a+))a", 0, "aaa"), (r"(?:ab)*+b", 0, "ababb"),
    ('"(?>[^"\\\\]+|\\\\.)*+"', 0, 'x "a\\"b" y'),
    ("(?:a|ab){2}+c", 0, "aabc abac"), ("(?:a|ab)*+c", 0, "abac ac"), ("(?:ab|a)*+b", 0, "aab"),
    (r"(?:\u00e9|\w[a-c]){2,}+", I, "\n 1\u00e9c\u00c91A\u00c9\nc"), ("(?:a|b)*+", 0, "abab"),
    # groups
    ("(a)(b)(c)", 0, "abc"), ("(?:a)(b)", 0, "ab"), ("(?P<first>a)(?P<second>b)?", 0, "ac"),
    (r"(a)\1", 0, "aa ab"), (r"(?P<x>\w)(?P=x)", 0, "abccd"), (r"(a)(b)?\2", 0, "ab"),
    (r"((a)b)", 0, "ab"), (r"(a)|(b)", 0, "b"), (r"(\d+)-(\d+)", 0, "10-20 30-40"),
    (r"(?i)(a)\1", 0, "aA"), (r"(a)(?:b|(c))", 0, "ab"), (r"()", 0, "x"), (r"(a)(?#comment)b", 0, "ab"),
    # lookaround
    ("a(?=b)", 0, "acab"), ("a(?!b)", 0, "abac"), ("(?<=a)b", 0, "cbab"), ("(?<!a)b", 0, "abcb"),
    (r"(?<=\d{3})x", 0, "12x123x"), (r"(?<=ab|cd)x", 0, "cdx"), (r"(?=(a+))a", 0, "aaa"),
    (r"(?!(a))b", 0, "b"), (r"(?<=(a))b", 0, "ab"), (r"\w+(?=,)", 0, "one,two,three"),
    (r"(?<=^)a", M, "b\na"), (r"(?<=\b)a", 0, " a"), (r"(?<!^)\w", 0, "ab"), (r"(?=a)*a", 0, "a"),
    (r"(?<=a(?=b)b)c", 0, "abc"), (r"(a)(?<=\1)", 0, "aa"),
    # conditionals
    (r"(a)?(?(1)b|c)", 0, "ab c"), (r"(?P<q>\")?\w+(?(q)\")", 0, '"abc" def'), (r"(a)?(?(1)b)", 0, "b"),
    (r"(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)", 0, "<user@host.com>"), (r"^(?:(a)|b)(?(1)x|y)$", 0, "by"),
    # alternation
    ("a|b|c", 0, "xcba"), ("ab|a", 0, "ab"), ("a|ab", 0, "ab"), ("|a", 0, "a"), ("a|", 0, "ba"),
    ("(?:x|y|)+z", 0, "xyz"), ("cat|dog|bird", 0, "hotdog birdcat"),
    # flags
    ("abc", I, "ABC aBc"), ("[a-z]+", I, "ABCdef"), ("[^a-z]+", I, "ABC123"), ("(?i)abc", 0, "ABC"),
    ("a(?i:b)c", 0, "aBc aBC"), ("(?i)a(?-i:b)c", 0, "AbC ABC"), ("(?s).+", 0, "a\nb"),
    ("(?m)^b", 0, "a\nb"), ("(?x) a b  c # comment", 0, "abc"), ("a b", X, "ab a b"), (r"a\ b", X, "a b"),
    ("[ ]a", X, " a"), ("(?x)a#b\nc", 0, "ac"), ("(?a)\\w+", 0, "ab\u00e9"), ("(?u)\\w+", 0, "ab\u00e9"),
    ("(?a:\\w+)\\w+", 0, "ab\u00e9\u00e9"), ("(?i)[k]", 0, "\u212a"), ("(?i)\u212a", 0, "kK"),
    ("(?i)s", 0, "\u017f"), ("(?i)[a-z]+", 0, "\u0130\u0131\u017f\u212a"), ("(?ia)[a-z]+", 0, "\u0130\u0131\u017f\u212aab"),
    ("(?i)\u00df", 0, "\u1e9e"), ("(?i)\u03c3+", 0, "\u03a3\u03c2\u03c3"), ("(?i)[^k]", 0, "\u212a"),
    ("(?i)\u00e9", 0, "\u00c9"), ("(?i)[\u00e0-\u00ff]+", 0, "\u00c0\u00c9\u00ff\u0178"),
    ("(?i)(?a)\u00e9", 0, "\u00c9"), ("(?s:.)(.)", 0, "\n\n\na"), ("(?m:^a)|b$", 0, "x\na\nb\n"),
    # misc
    (r"(\w+)\s(\w+)", 0, "Isaac Newton, physicist"), (r"[\w.-]+@[\w-]+\.[\w.]+", 0, "x a.b@c-d.org y"),
    (r"(?P<key>\w+)=(?P<value>[^;]*);?", 0, "a=1;b=;c=3"), (r"^\s*#.*$", M, "x\n  # c\ny"),
    (r"(\d{1,3})(?=(\d{3})+$)", 0, "1234567"), (r"x*", 0, "axxb"), (r"", 0, "ab"),
]


def show(m):
    if m is None:
        return "None"
    return "%r %r" % (m.span(), m.groups())


for pattern, flags, subject in CASES:
    p = re.compile(pattern, flags)
    print(repr(pattern), int(flags), repr(subject))
    print("  search", show(p.search(subject)), "| match", show(p.match(subject)),
          "| full", show(p.fullmatch(subject)))
    print("  findall", p.findall(subject))
    print("  split", p.split(subject), "| sub", repr(p.sub("<>", subject)), "|", p.subn("#", subject, 2))
    print("  spans", [m.span() for m in p.finditer(subject)])

"""Writes src/main/resources/org/gilpy/unicodedata.bin, the data of gilpy's unicodedata module.

Run with CPython 3.11 (its unicodedata is the specification):

    PYENV_VERSION=3.11.7 python3 tools/gen_unicodedata.py

The data is what CPython's unicodedata *answers*, asked about every code point, for both
databases it carries (the module itself, Unicode 14.0.0, and ucd_3_2_0). Name aliases and
named sequences are not enumerable through the module, so candidate names come from a
Unicode name list (Perl's unicore/Name.pl and NamedSequences.txt, both Unicode 14.0); a
candidate counts only when CPython's lookup() accepts it. Composition exclusions are read
off normalize(): a character with a canonical decomposition that NFC does not give back
is excluded. CPython normalizes ucd_3_2_0 strings with the 14.0 classes and composition
pairs; where one character's NFD or NFKD still differs from the model's, the answer is
stored as an override. Before writing, the script normalizes every code point and a set of combining
sequences with a model of the algorithm the Java side uses, and stops on any difference.

Format (gzip of a byte stream; "v" is an unsigned LEB128 varint, "s" a v-length UTF-8 string):
    "GUCD" v(format version)
    two databases, 14.0.0 then 3.2.0, each:
        s(unidata_version)
        for each property in PROPS: v(n) n*s(values), v(r) r*(v(run length) v(value index))
            -- runs cover 0..0x10FFFF in order
    names (Unicode 14.0, computed ones left out): v(n) n*(v(cp - previous cp)
        v(length of prefix shared with the previous name) s(rest))
    CJK unified ideograph ranges (computed names): v(n) n*(v(first) v(last))
    aliases and named sequences (14.0 lookup only): v(n) n*(s(name) v(k) k*v(cp))
"""
import gzip
import os
import sys
import unicodedata as U

assert sys.version_info[:2] == (3, 11), "run with CPython 3.11"
assert U.unidata_version == "14.0.0"

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "src/main/resources/org/gilpy/unicodedata.bin")
PERL = "/usr/share/perl/5.36.0/unicore"
N = 0x110000
CHARS = [chr(cp) for cp in range(N)]

# The per-code-point tables of each database, in file order. Besides the public properties:
# named (name() answers), lookup (lookup() of the 14.0 name answers), excluded (NFC does not
# recompose the canonical decomposition), nfd/nfkd (full decompositions overriding the model's).
PROPS = ["category", "bidirectional", "east_asian_width", "combining", "mirrored", "decimal", "digit",
         "numeric", "decomposition", "named", "lookup", "excluded", "nfd", "nfkd"]
HANGUL = range(0xAC00, 0xD7A4)


def props(db, names14):
    """Per-property lists of string values over all code points, for database db."""
    out = {}
    for p in ("category", "bidirectional", "east_asian_width", "decomposition"):
        out[p] = list(map(getattr(db, p), CHARS))
    for p in ("combining", "mirrored"):
        out[p] = [str(v) for v in map(getattr(db, p), CHARS)]
    for p in ("decimal", "digit"):
        f = getattr(db, p)
        out[p] = ["" if v is None else str(v) for v in (f(c, None) for c in CHARS)]
    out["numeric"] = ["" if v is None else repr(v) for v in (db.numeric(c, None) for c in CHARS)]
    named = []
    looked = []
    for cp, c in enumerate(CHARS):
        n = db.name(c, None)
        if n is not None:
            assert n == names14[cp], (hex(cp), n)
        named.append("1" if n is not None else "0")
        ok = "0"
        if names14[cp] is not None:
            try:
                r = db.lookup(names14[cp])
                assert r == c, hex(cp)
                ok = "1"
            except KeyError:
                pass
        looked.append(ok)
    out["named"] = named
    out["lookup"] = looked
    excl = []
    for cp, c in enumerate(CHARS):
        d = out["decomposition"][cp]
        excl.append("1" if d and not d.startswith("<") and db.normalize("NFC", c) != c else "0")
    out["excluded"] = excl
    return out


class W:
    def __init__(self):
        self.b = bytearray()

    def v(self, n):
        assert n >= 0
        while True:
            x = n & 0x7F
            n >>= 7
            if n:
                self.b.append(x | 0x80)
            else:
                self.b.append(x)
                return

    def s(self, t):
        e = t.encode()
        self.v(len(e))
        self.b += e


def write_runs(w, values):
    table = sorted(set(values))
    idx = {t: i for i, t in enumerate(table)}
    w.v(len(table))
    for t in table:
        w.s(t)
    runs = []
    start = 0
    for cp in range(1, N + 1):
        if cp == N or values[cp] != values[start]:
            runs.append((cp - start, idx[values[start]]))
            start = cp
    w.v(len(runs))
    for length, i in runs:
        w.v(length)
        w.v(i)
    return len(runs)


# ---- a model of the Java normalizer, checked against CPython before anything is written ----

SB, LB, VB, TB, LC, VC, TC = 0xAC00, 0x1100, 0x1161, 0x11A7, 19, 21, 28
NC, SC = VC * TC, LC * VC * TC


def parse_decomposition(d):
    """(is compatibility, code points) of a decomposition() answer, or None."""
    if not d:
        return None
    parts = d.split()
    if parts[0].startswith("<"):
        return True, [int(x, 16) for x in parts[1:]]
    return False, [int(x, 16) for x in parts]


class Model:
    """The normalizer: classes, composition pairs and exclusions of Unicode 14.0 (ucd_3_2_0
    normalizes with them too), decompositions of the database at hand, and per-character
    overrides (full NFD and NFKD) where CPython's answer for one character differs."""

    def __init__(self, p, p14, nfd=None, nfkd=None):
        self.ccc = [int(x) for x in p14["combining"]]
        self.canon = {}
        self.compat = {}
        self.pairs = {}
        self.nfd = nfd or {}
        self.nfkd = nfkd or {}
        for cp, d in enumerate(p["decomposition"]):
            t = parse_decomposition(d)
            if t:
                (self.compat if t[0] else self.canon)[cp] = t[1]
        for cp, d in enumerate(p14["decomposition"]):
            t = parse_decomposition(d)
            if t and not t[0] and p14["excluded"][cp] == "0":
                assert len(t[1]) == 2, hex(cp)
                self.pairs[tuple(t[1])] = cp

    def decompose(self, cp, compat, out):
        o = (self.nfkd if compat else self.nfd).get(cp)
        if o is not None:
            out.extend(o)
            return
        if SB <= cp < SB + SC:
            s = cp - SB
            out.append(LB + s // NC)
            out.append(VB + (s % NC) // TC)
            if s % TC:
                out.append(TB + s % TC)
            return
        d = self.canon.get(cp)
        if d is None and compat:
            d = self.compat.get(cp)
        if d is None:
            out.append(cp)
        else:
            for x in d:
                self.decompose(x, compat, out)

    def compose(self, a, b):
        if LB <= a < LB + LC and VB <= b < VB + VC:
            return SB + ((a - LB) * VC + (b - VB)) * TC
        if SB <= a < SB + SC and (a - SB) % TC == 0 and TB < b < TB + TC:
            return a + (b - TB)
        return self.pairs.get((a, b))

    def normalize(self, form, s):
        buf = []
        for c in s:
            self.decompose(ord(c), "K" in form, buf)
        # canonical ordering: a stable sort of each run of non-starters by class
        i = 0
        while i < len(buf):
            if self.ccc[buf[i]] == 0:
                i += 1
                continue
            j = i
            while j < len(buf) and self.ccc[buf[j]] != 0:
                j += 1
            buf[i:j] = sorted(buf[i:j], key=lambda x: self.ccc[x])
            i = j
        if form in ("NFC", "NFKC") and buf:
            out = [buf[0]]
            starter = 0 if self.ccc[buf[0]] == 0 else -1
            last = 0 if starter == 0 else 256
            for ch in buf[1:]:
                cc = self.ccc[ch]
                comp = self.compose(out[starter], ch) if starter >= 0 else None
                if comp is not None and (last < cc or last == 0):
                    out[starter] = comp
                    continue
                if cc == 0:
                    starter = len(out)
                last = cc
                out.append(ch)
            buf = out
        return "".join(map(chr, buf))


def overrides(db, p, p14):
    """The characters whose NFD or NFKD the model gets wrong, with CPython's answers."""
    m = Model(p, p14)
    nfd, nfkd = {}, {}
    for cp, c in enumerate(CHARS):
        for form, table in (("NFD", nfd), ("NFKD", nfkd)):
            want = db.normalize(form, c)
            if m.normalize(form, c) != want:
                table[cp] = [ord(x) for x in want]
    return nfd, nfkd


def check_model(db, p, p14, label):
    m = Model(p, p14, *overrides(db, p, p14))
    print(label, "overrides", {hex(k): v for k, v in m.nfd.items()}, {hex(k): v for k, v in m.nfkd.items()})
    p["nfd"] = ["" if cp not in m.nfd else " ".join("%X" % x for x in m.nfd[cp]) for cp in range(N)]
    p["nfkd"] = ["" if cp not in m.nfkd else " ".join("%X" % x for x in m.nfkd[cp]) for cp in range(N)]
    marks = [cp for cp in range(N) if m.ccc[cp]]
    samples = list(CHARS)
    # starters with marks in several orders, and Hangul jamo sequences
    for k, base in enumerate(range(0x41, 0x3000, 7)):
        a = marks[(k * 13) % len(marks)]
        b = marks[(k * 31 + 5) % len(marks)]
        samples.append(chr(base) + chr(a) + chr(b) + chr(0x301) + chr(0x323))
        samples.append(chr(base) + chr(0x323) + chr(0x301) + chr(b) + chr(a))
    for cp, d in m.canon.items():
        samples.append("".join(map(chr, d)) + "\u0301\u0327")
        samples.append(chr(cp) + "\u0345\u0300")
    for l in range(LB, LB + LC + 1, 3):
        for v in range(VB - 1, VB + VC + 1, 4):
            samples.append(chr(l) + chr(v) + chr(0x11A8) + chr(0x11A7) + chr(0x11C2))
            samples.append(chr(SB + (l - LB) * NC) + chr(0x11A9))
    bad = 0
    for form in ("NFC", "NFD", "NFKC", "NFKD"):
        for s in samples:
            want = db.normalize(form, s)
            got = m.normalize(form, s)
            if want != got:
                bad += 1
                if bad < 20:
                    print(label, form, ascii(s), ascii(want), ascii(got))
    assert not bad, "%s: the normalization model differs from CPython in %d cases" % (label, bad)


def aliases(names14):
    """(name, code points) for every name lookup() accepts that name() never gives."""
    cands = set()
    with open(os.path.join(PERL, "Name.pl")) as f:
        lines = f.read().split("\nEND\n")[0].split("<<'END';\n")[1].split("\n")
    for i in range(1, len(lines), 3):
        cands.add(lines[i])
    with open(os.path.join(PERL, "NamedSequences.txt")) as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                cands.add(line.split(";")[0])
    regular = set(n for n in names14 if n is not None)
    out = []
    for n in sorted(cands - regular):
        try:
            r = U.lookup(n)
        except KeyError:
            continue
        try:
            U.ucd_3_2_0.lookup(n)
            raise AssertionError("3.2.0 accepts " + n)
        except KeyError:
            pass
        out.append((n, [ord(c) for c in r]))
    return out


def main():
    names14 = [U.name(c, None) for c in CHARS]
    w = W()
    w.b += b"GUCD"
    w.v(1)
    p14 = None
    for db, label in ((U, "14.0.0"), (U.ucd_3_2_0, "3.2.0")):
        assert db.unidata_version == label
        p = props(db, names14)
        p14 = p14 or p
        check_model(db, p, p14, label)
        w.s(label)
        for name in PROPS:
            runs = write_runs(w, p[name])
            print(label, name, "runs", runs)
    cjk = []
    prev = 0
    prevname = ""
    kept = []
    for cp, n in enumerate(names14):
        if n is None:
            continue
        if n == "CJK UNIFIED IDEOGRAPH-%X" % cp:
            if cjk and cjk[-1][1] == cp - 1:
                cjk[-1][1] = cp
            else:
                cjk.append([cp, cp])
            continue
        if cp in HANGUL:
            assert n.startswith("HANGUL SYLLABLE ")
            continue
        kept.append((cp, n))
    w.v(len(kept))
    for cp, n in kept:
        k = 0
        while k < min(len(n), len(prevname)) and n[k] == prevname[k]:
            k += 1
        w.v(cp - prev)
        w.v(k)
        w.s(n[k:])
        prev, prevname = cp, n
    w.v(len(cjk))
    for a, b in cjk:
        w.v(a)
        w.v(b)
    al = aliases(names14)
    w.v(len(al))
    for n, cps in al:
        w.s(n)
        w.v(len(cps))
        for c in cps:
            w.v(c)
    data = gzip.compress(bytes(w.b), 9, mtime=0)
    with open(OUT, "wb") as f:
        f.write(data)
    print("names", len(kept), "cjk ranges", cjk, "aliases+sequences", len(al))
    print("raw", len(w.b), "gzip", len(data), "->", OUT)


main()

"""Dict and str workload: generate text, count words, build reports.

Pseudo-random text (own LCG) is built from syllables, then split into lines
and words and counted.  Exercises: str concatenation and join, split, strip,
lower/upper/capitalize, replace, find, startswith, slicing, `in`; dict get,
setdefault, item assignment, tuple keys, items(); sorted with key functions;
%-formatting, str.format and f-strings.  Only insertion-ordered dicts are
iterated, so the result does not depend on string hashing.
"""

import sys

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "shi", "po", "ve", "an",
             "el", "or", "qu", "is", "ba", "do", "fe", "gu", "zo", "ix"]
PUNCT = [",", ".", ";", "!", "?", ""]


class Rng:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (self.state >> 33) % bound


def make_vocabulary(rng, size):
    words = []
    seen = {}
    while len(words) < size:
        parts = []
        for _ in range(1 + rng.next(3)):
            parts.append(SYLLABLES[rng.next(len(SYLLABLES))])
        w = "".join(parts)
        if w not in seen:
            seen[w] = True
            words.append(w)
    return words


def make_text(rng, vocab, lines):
    out = []
    nv = len(vocab)
    for i in range(lines):
        n = 5 + rng.next(10)
        line = ""
        for j in range(n):
            # skewed choice: small indices are much more frequent
            a = rng.next(nv)
            b = rng.next(nv)
            w = vocab[a if a < b else b]
            if j == 0:
                w = w.capitalize()
            line += w
            p = PUNCT[rng.next(len(PUNCT))] if rng.next(4) == 0 else ""
            line += p
            if j != n - 1:
                line += " "
        out.append(line)
    return "\n".join(out)


def count_words(text):
    counts = {}
    bigrams = {}
    by_letter = {}
    prev = None
    for line in text.split("\n"):
        for raw in line.split():
            w = raw.strip(",.;!?").lower()
            if not w:
                continue
            counts[w] = counts.get(w, 0) + 1
            by_letter.setdefault(w[0], []).append(w)
            if prev is not None:
                key = (prev, w)
                bigrams[key] = bigrams.get(key, 0) + 1
            prev = w
    return counts, bigrams, by_letter


def report(counts, bigrams, by_letter):
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:25]
    rows = []
    for rank, (w, c) in enumerate(top, 1):
        rows.append("%3d. %-12s %6d" % (rank, w, c))
        rows.append("{0:>4}|{1:<10}|{2:08.3f}".format(rank, w.upper(), c / 7.0))
    best_pairs = sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:15]
    for (a, b), c in best_pairs:
        rows.append(f"{a}+{b}={c}")
    for letter in sorted(by_letter):
        ws = by_letter[letter]
        longest = max(ws, key=len)
        rows.append(f"{letter}: n={len(ws)} longest={longest!r} avg={sum(map(len, ws)) / len(ws):.4f}")
    return "\n".join(rows)


def transform(text):
    # a few whole-string operations
    t = text.replace("ka", "KA").replace("shi", "s-h-i")
    n_q = t.count("qu")
    pos = 0
    hits = 0
    while True:
        pos = t.find("lo", pos)
        if pos < 0:
            break
        hits += 1
        pos += 2
    starts = sum(1 for line in t.splitlines() if line.startswith("Ka") or line.startswith("KA"))
    mirrored = "".join(reversed(t[:2000]))
    return n_q, hits, starts, mirrored[:40].replace("\n", "/")


def poly_hash(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) & 0xFFFFFFFF
    return h


def main():
    lines = int(sys.argv[1]) if len(sys.argv) > 1 else 8000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    acc = 0
    for r in range(rounds):
        rng = Rng(42 + r)
        vocab = make_vocabulary(rng, 600)
        text = make_text(rng, vocab, lines)
        counts, bigrams, by_letter = count_words(text)
        rep = report(counts, bigrams, by_letter)
        n_q, hits, starts, mirrored = transform(text)
        summary = "%d|%d|%d|%d|%d|%d|%s" % (len(text), len(counts), len(bigrams),
                                            n_q, hits, starts, mirrored)
        acc = (acc * 1000003 + poly_hash(rep) + poly_hash(summary)) % 1000000007
    print(rep.split("\n")[0])
    print(summary)
    print("checksum %d %d %d" % (len(counts), len(bigrams), acc))


main()

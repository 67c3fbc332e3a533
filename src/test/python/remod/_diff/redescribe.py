"""What one differential-table row observes of re: shared by gen.py (run under CPython
3.11.7, which records the results) and the difftable_*.py golden programs (which compute
them again under the interpreter being tested and print the rows that differ)."""
import re
import warnings


def _span(m):
    if m is None:
        return None
    return (m.span(), m.groups(), sorted(m.groupdict().items()), m.lastindex, m.lastgroup,
            [m.span(g) for g in range(1, m.re.groups + 1)])


def _api(m):
    """More of the Match API, for the first match."""
    if m is None:
        return None
    names = sorted(m.re.groupindex)
    return (repr(m), m.regs, m.groups("-"), sorted(m.groupdict(0).items()), m[0], m.pos, m.endpos,
            [(m.start(n), m.end(n), m[n]) for n in names], m.group(0, *range(m.re.groups + 1)))


def _swap(m):
    return "<%s>" % (m.group()[::-1],) if isinstance(m.group(), str) else b"<" + m.group()[::-1] + b">"


def describe(pattern, flags, subject, templates=()):
    """A tuple of plain values: the compile error, or what the matching functions return."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            p = re.compile(pattern, flags)
        except re.error as e:
            return ("error", str(e), e.msg, e.pos, e.lineno, e.colno,
                    [(w.category.__name__, str(w.message)) for w in caught])
        except Exception as e:
            return ("exception", type(e).__name__, str(e))
    warned = [(w.category.__name__, str(w.message)) for w in caught]
    out = [warned, p.groups, sorted(p.groupindex.items())]
    try:
        out.append(_span(p.search(subject)))
        out.append(_api(p.search(subject)))
        out.append(_span(p.match(subject)))
        out.append(_span(p.fullmatch(subject)))
        n = len(subject)
        out.append(_span(p.search(subject, 1, n - 1)))
        out.append(_span(p.match(subject, 2)))
        out.append(p.findall(subject))
        out.append([m.span() for m in p.finditer(subject)])
        out.append(p.split(subject))
        out.append(p.split(subject, 1))
        empty = "" if isinstance(subject, str) else b""
        out.append(p.subn(_swap, subject))
        out.append(p.sub(empty.join([empty, "-" if isinstance(subject, str) else b"-"]), subject, 2))
        out.append((p.findall(subject, 1), p.split(subject, -1), p.subn(lambda m: empty, subject, 1)))
        for t in templates:
            try:
                out.append(p.subn(t, subject))
            except (re.error, IndexError) as e:
                out.append((type(e).__name__, str(e)))
            m = p.search(subject)
            if m is not None:
                try:
                    out.append(m.expand(t))
                except (re.error, IndexError) as e:
                    out.append((type(e).__name__, str(e)))
    except Exception as e:
        out.append(("exception", type(e).__name__, str(e)))
    return tuple(out)


def check(path):
    """Recomputes every row of a table file; prints the rows that differ and a summary."""
    rows = bad = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            pattern, flags, subject, templates, expected = eval(line)
            rows += 1
            got = describe(pattern, flags, subject, templates)
            if got != expected:
                bad += 1
                print("MISMATCH", repr(pattern), flags, repr(subject))
                print("  expected", expected)
                print("  got     ", got)
    print("%s: %d rows, %d mismatches" % (path, rows, bad))

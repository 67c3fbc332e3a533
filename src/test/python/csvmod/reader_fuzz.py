# csv.reader and csv.writer over generated inputs under every dialect option
# (deterministic LCG, no random module); each case prints rows or the error
import csv
import io

alphabet = 'a,"\\ \r\n;\'b1.'
state = [12345]


def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return (state[0] >> 8) % n


def text(k):
    return ''.join(alphabet[rnd(len(alphabet))] for _ in range(k))


options = []
for quoting in range(4):
    for esc in (None, '\\'):
        for dq in (True, False):
            for skip in (False, True):
                for strict in (False, True):
                    options.append(dict(quoting=quoting, escapechar=esc,
                                        doublequote=dq, skipinitialspace=skip,
                                        strict=strict))
for case in range(600):
    opts = options[case % len(options)]
    if case % 5 == 0:
        opts = dict(opts, delimiter=';', quotechar="'")
    src = text(rnd(30))
    lines = io.StringIO(src, newline='') if case % 2 else src.splitlines(True)
    r = csv.reader(lines, **opts)
    out = []
    try:
        for row in r:
            out.append(row)
        out.append('end')
    except (csv.Error, ValueError) as e:
        out.append('%s: %s' % (type(e).__name__, e))
    print(case, out, r.line_num)

for case in range(300):
    opts = options[case % len(options)]
    row = [text(rnd(6)) for _ in range(rnd(4))]
    if case % 7 == 0:
        row.append(case * 0.5)
    s = io.StringIO()
    try:
        n = csv.writer(s, lineterminator='\n' if case % 3 else '\r\n', **opts).writerow(row)
        back = list(csv.reader(io.StringIO(s.getvalue(), newline=''), **opts))
        print(case, n, repr(s.getvalue()), back)
    except (csv.Error, ValueError) as e:
        print(case, '%s: %s' % (type(e).__name__, e))

# csv.Sniffer over many generated samples (deterministic, no random module)
import csv

chars = 'ab1 ,;:\t|"\'-x.'
sn = csv.Sniffer()
results = []
for seed in range(150):
    n = seed * 7919 + 17
    lines = []
    for i in range(2 + seed % 13):
        parts = []
        for j in range(1 + (n >> 3) % 5):
            n = (n * 1103515245 + 12345) % 2147483648
            word = ''.join(chars[(n >> k) % len(chars)] for k in range(0, 3 + n % 4))
            parts.append(word)
        sep = ',;\t: |'[(seed + i * (seed % 3 == 0)) % 6]
        lines.append(sep.join(parts))
    sample = '\n'.join(lines)
    try:
        d = sn.sniff(sample)
        got = (d.delimiter, d.quotechar, d.doublequote, d.skipinitialspace)
    except csv.Error as e:
        got = str(e)
    try:
        h = sn.has_header(sample)
    except Exception as e:
        h = type(e).__name__
    results.append((seed, got, h))
for r in results:
    print(r)

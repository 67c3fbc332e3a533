# SequenceMatcher and Differ on many pseudo-random inputs (an LCG keeps them fixed).
import difflib

seed = [12345]
def rnd(n):
    seed[0] = (seed[0] * 1103515245 + 12345) % (2 ** 31)
    return seed[0] % n

def word(alpha, lo, hi):
    return ''.join(alpha[rnd(len(alpha))] for _ in range(lo + rnd(hi - lo + 1)))

for case in range(150):
    alpha = 'abcd '[:2 + rnd(4)]
    a = word(alpha, 0, 12)
    b = word(alpha, 0, 12)
    s = difflib.SequenceMatcher(None, a, b)
    print(repr(a), repr(b), s.get_opcodes(), round(s.ratio(), 6), round(s.quick_ratio(), 6),
          round(s.real_quick_ratio(), 6))
    print(s.get_matching_blocks())
    s2 = difflib.SequenceMatcher(lambda c: c == ' ', a, b)
    print(s2.get_opcodes(), s2.find_longest_match(0, len(a), 0, len(b)))

for case in range(60):
    alpha = ['abc\n', 'abd\n', 'xbc\n', 'hello world\n', 'hello  world\n', '\n', 'zzz\n', 'abcd\n']
    a = [alpha[rnd(len(alpha))] for _ in range(rnd(9))]
    b = [alpha[rnd(len(alpha))] for _ in range(rnd(9))]
    print(''.join(difflib.ndiff(a, b)), end='')
    print('=' * 10)
    print(''.join(difflib.unified_diff(a, b, 'a', 'b', n=1 + rnd(3))), end='')
    print('=' * 10)
    print(''.join(difflib.context_diff(a, b, 'a', 'b', n=rnd(3))), end='')
    print('#' * 10)

# long sequences: autojunk of popular elements
a = [rnd(5) for _ in range(300)]
b = [rnd(5) for _ in range(300)]
for aj in (True, False):
    s = difflib.SequenceMatcher(None, a, b, autojunk=aj)
    print(aj, len(s.get_opcodes()), s.ratio(), sorted(s.bpopular))
    print(s.get_opcodes()[:10])
text_a = ''.join('abcdefgh'[rnd(8)] for _ in range(500))
text_b = text_a[:200] + 'XYZ' + text_a[210:]
s = difflib.SequenceMatcher(None, text_a, text_b)
print(s.get_opcodes(), s.ratio())

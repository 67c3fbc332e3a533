# The documented difflib API: matcher methods, Differ hints, close matches, restore, errors.
import difflib

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks())
m = s.find_longest_match(0, 5, 0, 4)
print(m, m.a, m.b, m.size, m == (0, 0, 2), tuple(m))
print(s.find_longest_match())
s = difflib.SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
s = difflib.SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                            "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.bjunk, s.bpopular)
for op in s.get_opcodes():
    print("%6s a[%d:%d] b[%d:%d]" % op)
s = difflib.SequenceMatcher(None, "qabxcd", "abycdf")
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print('{:7}   a[{}:{}] --> b[{}:{}] {!r:>8} --> {!r}'.format(tag, i1, i2, j1, j2, s.a[i1:i2], s.b[j1:j2]))
a = list(map(str, range(1, 40)))
b = a[:]
b[8:8] = ['i']
b[20] += 'x'
b[23:28] = []
b[30] += 'y'
s = difflib.SequenceMatcher(None, a, b)
for g in s.get_grouped_opcodes():
    print(g)
print(list(s.get_grouped_opcodes(0)))
print(list(difflib.SequenceMatcher(None, [], []).get_grouped_opcodes()))
print(list(difflib.SequenceMatcher(None, 'ab', 'ab').get_grouped_opcodes()))
print(difflib.SequenceMatcher(None, '', '').ratio(), difflib.SequenceMatcher(None, '', '').get_opcodes())
s = difflib.SequenceMatcher()
s.set_seqs('abcd', 'bcde')
print(s.ratio())
s.set_seq1('bcde')
print(s.ratio())
s.set_seq2('xbcde')
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())

print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
words = ['if', 'elif', 'else', 'while', 'for', 'import', 'from', 'lambda', 'with', 'wheel']
print(difflib.get_close_matches('wheel', words))
print(difflib.get_close_matches('apple', words))
print(difflib.get_close_matches('accept', words + ['except', 'accept', 'accent']))
print(difflib.get_close_matches('ab', ['ab', 'ba', 'abc', 'b', 'a'], n=2, cutoff=0.1))
for bad in [dict(n=0), dict(cutoff=1.5), dict(cutoff=-0.1)]:
    try:
        difflib.get_close_matches('x', ['y'], **bad)
    except ValueError as e:
        print('ValueError', e)

text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
d = difflib.Differ()
result = list(d.compare(text1, text2))
print(''.join(result), end='')
print(''.join(difflib.restore(result, 1)), end='')
print(''.join(difflib.restore(result, 2)), end='')
try:
    list(difflib.restore(result, 3))
except ValueError as e:
    print('ValueError', e)
diff = difflib.ndiff('one\ntwo\nthree\n'.splitlines(keepends=True),
                     'ore\ntree\nemu\n'.splitlines(keepends=True))
print(''.join(diff), end='')
print(list(difflib.ndiff(['\tabc def\n'], ['\tabd  def\n'])))
print(list(difflib.ndiff(['a b c\n', 'x\n'], ['a b d\n', 'x\n'], linejunk=difflib.IS_LINE_JUNK)))
print(list(difflib.ndiff(['abc'], ['abc'])))
print(list(difflib.ndiff(['abcdefgh'], ['xyz'])))
print(list(difflib.ndiff(['a', 'b', 'q'], ['c', 'b', 'r', 's'])))
print(list(difflib.Differ().compare(['abcdefghij\n', 'same\n', 'klmnopqrst\n'],
                                    ['abcdefghiX\n', 'same\n', 'klmnopqrsX\n', 'new\n'])))
for line in ['\n', '  #   \n', 'hello\n', '#x\n', ' # \n', '', '##\n']:
    print(repr(line), difflib.IS_LINE_JUNK(line))
for ch in ' \tx\n':
    print(repr(ch), difflib.IS_CHARACTER_JUNK(ch))

s1 = ['bacon\n', 'eggs\n', 'ham\n', 'guido\n']
s2 = ['python\n', 'eggy\n', 'hamster\n', 'guido\n']
print(''.join(difflib.unified_diff(s1, s2, fromfile='before.py', tofile='after.py')), end='')
print(''.join(difflib.context_diff(s1, s2, fromfile='before.py', tofile='after.py')), end='')
print(list(difflib.unified_diff(['a'], ['b'], 'f', 't', '2005-01-26 23:30:50', '2010-04-02 10:20:52', lineterm='')))
print(list(difflib.context_diff(['a'], ['b'], 'f', 't', 'd1', 'd2', lineterm='')))
print(list(difflib.unified_diff([], [])), list(difflib.unified_diff(['x'], ['x'])))
print(list(difflib.unified_diff([], ['a\n'])), list(difflib.context_diff(['a\n'], [])))
for args in [([b'a'], ['b']), (['a'], [1]), (['a'], ['b'], 1)]:
    try:
        list(difflib.unified_diff(*args))
    except TypeError as e:
        print('TypeError', e)
print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\n', b'\xff\n'], [b'b\n', b'\xff\n'], b'x', b'y')))
print(hasattr(difflib, 'Match'), difflib.Match(1, 2, 3))

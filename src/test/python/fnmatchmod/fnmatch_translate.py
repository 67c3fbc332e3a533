# fnmatch.translate: the regular expression text is observable, and equals CPython's
# for stars (atomic groups between them), sets, ranges, escapes and unclosed brackets.
import fnmatch
import re

patterns = ['*.py', '*a*b', 'a*b*c*d', '**', '*', '?', '', '[abc]', '[!abc]', '[]]', '[!]]',
            '[a-z]', '[z-a]', '[a-c-e]', '[', '[!', 'a[b', '[a\\b]', '[^a]', '[a&&b]',
            '[a~~b]', '[a||b]', 'a.b+c(d)', '[a-]', '[-a]', '[!-a]', '[---]', '[a-c--e]',
            '*?*', '?*', '[[]', '[a-b-c]', '[\\]', '***a', 'x*', '*x', '[z-a!]', '[b-ac-d]',
            '[!b-a]', '[a-a]', '*a*', 'a*', '*a*b*', '[!]', '[]', '[!]a]', '[]-a]', '[\\-a]',
            '[a\\-z]', '\\*', '[*]', 'é*', '{a,b}', 'a b\tc', '#~&', '[!!]', '[!^]', '[[!]']
for p in patterns:
    t = fnmatch.translate(p)
    print(repr(p), repr(t))
    re.compile(t)

for p in ['*a*b', 'a*b*c*d', '*?*']:
    r = re.compile(fnmatch.translate(p))
    print(p, [s for s in ['ab', 'xaxb', 'abcd', 'aXbYcZd', 'a', 'ba', 'x'] if r.match(s)])
# many stars do not make matching slow
print(fnmatch.fnmatchcase('a' * 40, '*a*a*a*a*a*a*a*a*a*a*a*a*b'))

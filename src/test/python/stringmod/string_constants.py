# string constants, capwords, and the keyword module (kwlist, softkwlist, iskeyword)
import string
import keyword

print(string.__all__)
for name in ('whitespace', 'ascii_lowercase', 'ascii_uppercase', 'ascii_letters', 'digits',
             'hexdigits', 'octdigits', 'punctuation', 'printable'):
    print(name, repr(getattr(string, name)), len(getattr(string, name)))
print(string.capwords('  hello   world  '), string.capwords('a-b-c', '-'), string.capwords('ab  cd', ' '))
print(repr(string.capwords('')), string.capwords("they're bill's friends"), string.capwords('x\ty\nz'))
print(keyword.__all__)
print(keyword.kwlist)
print(keyword.softkwlist)
print(len(keyword.kwlist), all(keyword.iskeyword(k) for k in keyword.kwlist))
print([w for w in ('if', 'match', 'case', '_', 'type', 'print', 'None', 'none', 'async', 'await')
       if keyword.iskeyword(w)])
print([w for w in ('if', 'match', 'case', '_', 'type', 'print') if keyword.issoftkeyword(w)])
print(keyword.iskeyword(1) if False else keyword.iskeyword('1'))

# csv.reader: quoting, escaping, line endings, strict mode, errors, line_num
import csv


def t(label, lines, **kw):
    try:
        print(label, list(csv.reader(lines, **kw)))
    except Exception as e:
        print(label, type(e).__module__, type(e).__name__, e)


t('simple', ['a,b,c\r\n', '1,2,3\n'])
t('empty strings', ['', ''])
t('blank lines', ['\n', '\r\n', 'a\n'])
t('multiline quoted', ['a,b\r\n', 'c\n', '"x\n', 'y"\r\n'])
t('cr inside', ['a\rb'])
t('lf inside', ['a\nb'])
t('trailing cr', ['a\r'])
t('quoted trailing cr', ['"a"\r'])
t('quoted cr', ['"a\rb"'])
t('text after quote', ['"ab""c" d,e'])
t('quote in field', ['a"b,c'])
t('skipinitialspace', ['  a,  "b"'], skipinitialspace=True)
t('skip empty', ['a, ,'], skipinitialspace=True)
t('no skip', ['a, "b"'])
t('no doublequote', ['"a""b"'], doublequote=False)
t('escape', ['"a\\"b",c\\,d'], doublequote=False, escapechar='\\')
t('escape eol', ['a\\'], escapechar='\\')
t('escape eol strict', ['a\\'], escapechar='\\', strict=True)
t('escape newline', ['a\\\n', 'b,c\n'], escapechar='\\')
t('escape in quotes eol', ['"a\\', 'b"'], escapechar='\\')
t('quote none', ['a"b,c'], quoting=csv.QUOTE_NONE)
t('quote none escape', ['a\\,b,"c"'], quoting=csv.QUOTE_NONE, escapechar='\\')
t('empty quoted', ['""'])
t('empty quoted pair', ['"",'])
t('trailing delim', ['x,'])
t('lone delim', [','])
t('other delim', ['a,b;c'], delimiter=';')
t('tab', ['a\tb\t"c\td"'], delimiter='\t')
t('other quote', ["'a,b',c"], quotechar="'")
t('nul', ['a,"b\x00'])
t('strict after quote', ['"a" b'], strict=True)
t('strict eof', ['"a'], strict=True)
t('eof in quotes', ['"a'])
t('eof lone quote', ['a,"'])
t('nonnumeric', ['1,"2",abc'], quoting=csv.QUOTE_NONNUMERIC)
t('nonnumeric ok', ['1,2.5, 3 ,,-4e3'], quoting=csv.QUOTE_NONNUMERIC)
t('not str', [5])
t('bytes', [b'a,b'])
t('not iterable', 5)
t('unicode', ['\u00e9t\u00e9,"\u20ac,1"'])
t('many cols', [','.join(str(i) for i in range(20))])
t('crlf in quotes', ['"a\r\n', 'b"\r\n'])

r = csv.reader(['a\n', '"b\n', 'c"\n', 'd\n'])
print(r.line_num)
for row in r:
    print(row, r.line_num)
r = csv.reader(['a\n', '"b\n'])
print(next(r), r.line_num)
print(next(r), r.line_num)
try:
    next(r)
except StopIteration:
    print('stop', r.line_num)
r = csv.reader(['"a\n', 'b'], strict=True)
try:
    list(r)
except csv.Error as e:
    print('error', e, r.line_num)
r = csv.reader(['x', 'a\rb', 'y'])
print(next(r))
try:
    next(r)
except csv.Error as e:
    print('error', e, r.line_num)
print(next(r), r.line_num)
print(type(r).__name__, type(r).__module__, iter(r) is r, r.dialect.delimiter)
for args in [(), ([], 'excel', 'x')]:
    try:
        csv.reader(*args)
    except TypeError as e:
        print('TypeError', e)
for lines in (['a\\\n', 'b'], ['a\\\n', 'b\n'], ['a\\\n', 'b\n', 'c\n'],
              ['a\\\n', 'b,c'], ['a\\\r\n', 'b\n'], ['a\\\n'],
              ['"a\\\n', 'b"\n'], ['a\\\r', 'b\n'], ['a\\\n', 'bc', 'd\n']):
    for strict in (False, True):
        t('escaped eol %r %s' % (lines, strict), lines, escapechar='\\', strict=strict)
# characters outside the BMP as delimiter, quote and field content
t('astral delim', ['a\U0001F600"b\U0001F600c"\U0001F600\U0001F601'], delimiter='\U0001F600')
t('astral quote', ['\U0001F601x,y\U0001F601,\U0001F601z'], quotechar='\U0001F601')
old = csv.field_size_limit(3)
t('astral limit ok', ['"\U0001F600\U0001F600\U0001F600",b'])
t('astral limit over', ['"\U0001F600\U0001F600\U0001F600\U0001F600",b'])
csv.field_size_limit(old)

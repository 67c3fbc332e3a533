# string.Template: substitute, safe_substitute, get_identifiers, is_valid, custom
# delimiters and the invalid-placeholder message
from string import Template


def u(g):
    try:
        print(repr(g()))
    except Exception as e:
        print(type(e).__name__, e)


T = Template
u(lambda: T('$who likes ${what} $$ $').safe_substitute(who='tim'))
u(lambda: T('$who likes $what').substitute({'who': 1}, what=2))
u(lambda: T('$who likes $what').substitute({'who': 1, 'what': 'x'}, what=2))
u(lambda: T('$who likes $what').substitute({'who': 1}))
u(lambda: T('a\nb $ c').substitute())
u(lambda: T('$').substitute())
u(lambda: T('ab\n\n${1}').substitute())
u(lambda: T('x\r\ny$').substitute())
u(lambda: T('${x').safe_substitute())
u(lambda: T('${ x}').safe_substitute(x=1))
u(lambda: T('$x$y ${z} $x $$ $1 ${a').get_identifiers())
u(lambda: T('$x $$').is_valid())
u(lambda: T('$x $').is_valid())
u(lambda: T('$éx $x_é $_1a').safe_substitute(x='X', _1a='U'))
u(lambda: T('$X $x').substitute(X=1, x=2))
u(lambda: T('x').substitute({}, {}))
u(lambda: (T.delimiter, T.idpattern, T.braceidpattern, T('$x').template))
u(lambda: T('${who}').substitute(who=[1]))
u(lambda: T('$x').substitute(x=1, self=2))
u(lambda: T(template='$x').substitute(mapping=3, x=1))
u(lambda: T('$a$b').substitute(a='$b', b='B'))
u(lambda: T('').substitute())
u(lambda: T('no placeholders').get_identifiers())


class P(Template):
    delimiter = '%%'


u(lambda: P('%%x %%%% %%{y} % %%').safe_substitute(x=1, y=2))
u(lambda: P('%%x %%').substitute(x=1))


class Hash(Template):
    delimiter = '#'


u(lambda: Hash('#a ## #{b}!').substitute(a='A', b='B'))
u(lambda: Hash('#a $b').get_identifiers())

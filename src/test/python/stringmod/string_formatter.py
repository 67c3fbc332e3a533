# string.Formatter: format/vformat, parse, get_field, get_value, convert_field,
# format_field, check_unused_args, overriding them, and the parser's error messages
import string

f = string.Formatter()


def u(g):
    try:
        print(repr(g()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ['a{{b', 'a}}b', '{}', '{0}', 'x{0!r:>{1}}y', '{a.b[c]}', '{', '}', 'a}b', '{0',
          '{0!}', '{0!rr}', '{0!r', '{0:', '{!r}', '{:}', '{0:{1:{2}}}', '{0[}', '{0[}]}',
          '{0:}}', '{{}}', '', '{0!r:}', '{ 0 }', '{0:x{{y}', '{0:{', '{0[a]b}',
          'abc{0}def{1}ghi', '{0!:x}', '{!}', '{0!', '{a{b}', 'a{{', '{0[{]}', '{0:[}',
          '{0:{1[}]}}', '{a]}', '{0!r}}}']:
    u(lambda: list(f.parse(s)))
for s in ['0', 'a.imag', '0[1]', 'a[x]', '0.', 'a[', 'a[1]x', 'a..b', '01', 'a[]', '-1', '1a', 'a[1].real']:
    u(lambda: f.format('{' + s + '}', 'zero', 'one', a={'x': 'ax', 1: 5}, **{'-1': 'm', '1a': 'n'}))
u(lambda: f.format('{}{1}', 1, 2))
u(lambda: f.format('{1}{}', 1, 2))
u(lambda: f.format('{0:{1}}', 5, 3))
u(lambda: f.format('{0:{1:{2:{3}}}}', 5, 3, 1, 1))
u(lambda: f.format('{!x}', 5))
u(lambda: f.format('{x}', 5))
u(lambda: f.format('{0}'))
u(lambda: f.format('{0.real} {0[0]}', [1]))
u(lambda: f.format('{0[0]} {0[1]:>3} {k[key]} {k[key]!r}', 'ab', k={'key': 'v'}))
u(lambda: f.format(format_string='x'))
u(lambda: f.format())
u(lambda: f.format('{} and {} and {:^7}', 'a', 'b', 'c'))
u(lambda: f.format('{0!s} {0!r} {0!a}', 'é'))
u(lambda: f.format('{:{}} {}', 'x', 4, 'y'))
u(lambda: f.vformat('{a}{0}', (1,), {'a': 2}))
u(lambda: f.get_field('0.real', (3,), {}))
u(lambda: f.get_field('a[1]', (), {'a': 'xyz'}))
u(lambda: f.get_value(0, (3,), {}))
u(lambda: f.get_value('k', (3,), {'k': 1}))
u(lambda: f.convert_field(3, 'a'))
u(lambda: f.convert_field('é', 'a'))
u(lambda: f.convert_field(3, 'q'))
u(lambda: f.convert_field(3, None))
u(lambda: f.format_field(3.14159, '.2f'))
u(lambda: f.check_unused_args(set(), (), {}))
u(lambda: list(f.parse('a{0!r:x}b')))


class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(range(len(args))) | set(kwargs)
        unused -= used_args
        if unused:
            raise ValueError('unused: %r' % sorted(unused, key=str))


u(lambda: Strict().format('{0}{x}', 1, 2, x=3, y=4))
u(lambda: Strict().format('{0}{x}', 1, x=3))


class Defaulting(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, '<' + key + '>')
        return super().get_value(key, args, kwargs)


u(lambda: Defaulting().format('{a} {b} {0}', 'zero', a='A'))


class Upper(string.Formatter):
    def format_field(self, value, format_spec):
        return super().format_field(value, format_spec).upper()

    def convert_field(self, value, conversion):
        if conversion == 'l':
            return str(value).lower()
        return super().convert_field(value, conversion)


u(lambda: Upper().format('{0} {1!l} {0:>5}', 'abc', 'XYZ'))

# Long strings and bytes split into chunks; saferepr, isreadable, isrecursive, recursion.
import pprint

text = ('Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor '
        'incididunt ut labore et dolore magna aliqua.\nUt enim ad minim veniam, quis nostrud '
        'exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.\n\n  indented   '
        'line    with     many      spaces\tand\ttabs ' + 'x' * 100 + ' end')
for width in (5, 20, 40, 79, 80, 200):
    print('--- width', width)
    print(pprint.pformat(text, width=width))
    print(pprint.pformat([text, 'short'], width=width))
    print(pprint.pformat({'key': text}, width=width))
    print(pprint.pformat((text,), width=width))
b = bytes(range(70)) + b'hello world, these are some bytes' * 2
for width in (5, 20, 40, 80):
    print('--- bytes width', width)
    print(pprint.pformat(b, width=width))
    print(pprint.pformat([b], width=width))
    print(pprint.pformat(bytearray(b), width=width))
    print(pprint.pformat({'b': bytearray(b)}, width=width))
print(pprint.pformat(b'abcd', width=1), pprint.pformat('', width=1), pprint.pformat(b'', width=1))
print(pprint.pformat('a\nb\nc', width=3))
print(pprint.pformat("it's \"quoted\" " * 8, width=30))
print(pprint.pformat('\u00e9t\u00e9 ' * 30, width=30))
print('--- recursion')
a = [1, 2]
a.append(a)
d = {'self': None, 'list': a}
d['self'] = d
print(pprint.saferepr(a).replace(str(id(a)), 'ID'))
print(pprint.pformat(d).replace(str(id(a)), 'ID').replace(str(id(d)), 'ID'))
print(pprint.pformat(d, width=20).replace(str(id(a)), 'ID').replace(str(id(d)), 'ID'))
print(pprint.isrecursive(a), pprint.isreadable(a), pprint.isrecursive([1, [2]]), pprint.isreadable([1, [2]]))
print(pprint.isreadable(object()), pprint.isreadable({'a': len}), pprint.isreadable((1, 'x', b'y', 2.5, None)))
print(pprint.saferepr({'b': [1, 2], 'a': (3,)}), pprint.saferepr(list(range(50))))
t = (1, [2])
t[1].append(t)
print(pprint.saferepr(t).replace(str(id(t)), 'ID'))
print(pprint.PrettyPrinter(depth=1).pformat([[1], {'a': 1}, (2,), [], {}, ()]))
print(pprint.PrettyPrinter(depth=1).isreadable([[1]]), pprint.PrettyPrinter().isreadable([[1]]))

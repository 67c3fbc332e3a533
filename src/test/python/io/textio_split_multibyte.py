# a text file in a multibyte JVM charset read through a small buffer: characters split across reads
import io
data = ('日本語テキスト' * 3000).encode('shift_jis')
t = io.TextIOWrapper(io.BufferedReader(io.BytesIO(data), 7), encoding='shift_jis')
s = t.read()
print(len(s), s == '日本語テキスト' * 3000)
t = io.TextIOWrapper(io.BytesIO(data), encoding='shift_jis')
print(t.read(5), len(t.read()))

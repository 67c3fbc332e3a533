# charsets gilpy takes from the JVM: incremental decoding of split multibyte characters
import codecs
data = '日本語テキスト abc'.encode('shift_jis')
d = codecs.getincrementaldecoder('shift_jis')()
print([d.decode(data[i:i+1]) for i in range(len(data))], d.decode(b'', True))
data = '日本語'.encode('euc_jp')
print(list(codecs.iterdecode([data[i:i+1] for i in range(len(data))], 'euc_jp')))
d = codecs.getincrementaldecoder('shift_jis')('replace')
print(repr(d.decode(b'a\x81')), repr(d.decode(b'', True)))
print(codecs.decode(b'\x82\xa0', 'shift_jis'), codecs.lookup('cp1252').decode(b'abc'))

print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
print("tab\tnewline\\n", "bell-less \x41\x42", "\101\102\103", "\u00e9\U0001F600"[0])
print(len("\N{LATIN SMALL LETTER E WITH ACUTE}"), "\N{BULLET}" == "\u2022")
print(r"raw \n stays", R"\d+", r'\'', len(r"\\"))
print("implicit" " concatenation" ' works')
s = ("a"
     "b"
     'c')
print(s)
print("""line1
line2\
 continued
line3""")
print('''a "quoted" 'thing' ''')
print("line \
continuation")
print(len(""), len(''), "" == '')
print("\0".__len__(), "\a\b\f\v\r"[2] == "\x0c")
print(u"unicode prefix", U"also")
print(repr("\n\t'\""), repr('"'), repr("'"), repr("'\""))
print(repr("é\x00\x7f\u200b"), ascii("é€"))

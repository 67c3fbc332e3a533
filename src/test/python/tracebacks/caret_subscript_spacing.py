# The subscript anchor runs from "[" to the matching "]", spaces and parentheses included.
table = {"alpha": 1}


def lookup(name):
    return table[ (name) ]


print(lookup("alpha"))
print(lookup("beta"))

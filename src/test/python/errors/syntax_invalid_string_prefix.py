s = q"hello"

def af():
    return 'af'


_private = 1
public = 2

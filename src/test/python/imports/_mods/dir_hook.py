visible = 1


def __dir__():
    return ['visible', 'virtual']


def __getattr__(name):
    if name == 'virtual':
        return 'made on demand'
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

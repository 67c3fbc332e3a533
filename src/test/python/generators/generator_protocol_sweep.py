# send, throw, close, yield from, gi_* attributes and the errors around them
def g():
    try:
        x = yield 1
        print('got', x)
        y = yield 2
    except ValueError as e:
        print('caught', e)
        yield 'recovered'
    finally:
        print('finally')
it = g(); print(next(it), it.send('a'), it.throw(ValueError('v'))); it.close()
def sub():
    r = yield 'a'
    return r * 2
def outer():
    v = yield from sub()
    print('v', v)
    yield v
o = outer(); print(next(o), o.send(5))
print(o.gi_running, o.gi_frame is not None, o.gi_code.co_name, o.__name__, o.__qualname__)
o.close(); print(o.gi_frame)
def closer():
    try: yield
    except GeneratorExit: print('exit'); raise
c = closer(); next(c); c.close()
def bad():
    try: yield
    except GeneratorExit: yield 'no'
b = bad(); next(b)
try: b.close()
except RuntimeError as e: print(e)
def stopper(): raise StopIteration; yield
try: next(stopper())
except RuntimeError as e: print(e, type(e.__cause__).__name__)
try: it.send(None)
except StopIteration: print('stopped')
try: g().send(1)
except TypeError as e: print(e)
def rec(): yield next(r)
r = rec()
try: next(r)
except ValueError as e: print(e)
print(list(x for x in range(3) if x), repr(g())[:25])

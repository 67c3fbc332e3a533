# Messages name a built-in type of a module as CPython's tp_name does: module.name
# ('collections.deque', '_thread.lock'), while builtins' types keep their plain name.
import _thread
import array
import collections
import functools
import io
import itertools
import operator
import queue
import select
import struct
import threading
import weakref

objects = [collections.deque(), array.array('i'), _thread.allocate_lock(), threading.RLock(),
           itertools.count(), itertools.chain(), functools.partial(print), operator.itemgetter(1),
           struct.Struct('i'), io.StringIO(), io.BytesIO(), select.epoll(), weakref.ref(print),
           queue.SimpleQueue(), [], {}, 1.5]
for o in objects:
    try:
        o - 1
    except TypeError as e:
        print(e)
for o in objects[:4]:
    try:
        hash(o) if isinstance(o, collections.deque) else {o: 1}[[]]
    except TypeError as e:
        print(e)
try:
    len(itertools.count())
except TypeError as e:
    print(e)
try:
    iter(_thread.allocate_lock())
except TypeError as e:
    print(e)
objects[11].close()

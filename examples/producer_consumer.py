# Producers and consumers that share a bounded Queue. put() blocks while the queue is
# full and get() while it is empty; both waits release the GIL. A None per consumer
# tells it to stop. task_done()/join() let the main thread wait until every item has
# been dealt with. Python 2 style: `from Queue import Queue`, the print statement.
import threading
import time
from Queue import Queue

ITEMS = 40                   # per producer
q = Queue(maxsize=4)         # small, so that producers really wait for room
taken = {}                   # consumer name -> list of the items it got


def producer(kind):
    for n in range(ITEMS):
        q.put((kind, n))     # waits while 4 items are queued
        assert q.qsize() <= 4
        if n % 10 == 0:
            time.sleep(0.001)


def consumer():
    mine = taken[threading.current_thread().name] = []
    while True:
        item = q.get()       # waits while the queue is empty
        if item is None:
            q.task_done()
            return
        mine.append(item)
        q.task_done()


producers = [threading.Thread(target=producer, args=(k,)) for k in ('apple', 'pear')]
consumers = [threading.Thread(target=consumer, name='eater-%d' % i) for i in range(2)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for t in consumers:
    q.put(None)
q.join()                     # returns once every put has had its task_done
for t in consumers:
    t.join()

everything = sorted(taken['eater-0'] + taken['eater-1'])
for kind in ('apple', 'pear'):
    got = [n for k, n in everything if k == kind]
    assert got == list(range(ITEMS)), got
    print 'all %d %ss were eaten, none twice' % (len(got), kind)
# A Queue is first in, first out: each consumer got each producer's items in order.
for name in sorted(taken):
    for kind in ('apple', 'pear'):
        mine = [n for k, n in taken[name] if k == kind]
        assert mine == sorted(mine), (name, kind, mine)
print 'each eater got the items of each producer in the order they were made'
print 'the queue is empty:', q.empty()

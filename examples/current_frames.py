# Finding where threads are stuck: sys._current_frames() maps the ident of every live
# thread to the frame it is running at this moment. A frame knows its function
# (f_code.co_name), its line (f_lineno) and its caller (f_back), which is enough to
# locate a deadlock. The threads are daemons (setDaemon, Python 2 style), so the
# process exits even though two of them never finish.
import sys
import threading
import time

io_lock = threading.Lock()           # one thread prints at a time
gate = threading.Lock()              # 'holder' takes it and never gives it back
holding = threading.Event()


def say(text):
    with io_lock:
        print text


def quick():
    say('quick: has nothing to wait for and ends')


def holder():
    gate.acquire()
    say('holder: took the gate and goes to sleep holding it')
    holding.set()
    time.sleep(60)                   # sleeps while holding the gate


def take_gate():
    gate.acquire()                   # blocks: holder never releases the gate


def waiter():
    say('waiter: wants the gate too')
    take_gate()


def where(frame):
    """'function (file line N)' for frame and its callers in this file, innermost first."""
    steps = []
    while frame is not None and frame.f_code.co_filename == __file__:
        code = frame.f_code
        steps.append('%s (%s line %d)' % (code.co_name, code.co_filename.split('/')[-1],
                                          frame.f_lineno))
        frame = frame.f_back
    return ' <- '.join(steps)


def start(target):
    t = threading.Thread(target=target, name=target.__name__)
    t.setDaemon(True)
    t.start()
    return t


# One thread at a time, so that the printed lines come in a fixed order.
threads = [start(quick)]
threads[0].join()
threads.append(start(holder))
holding.wait()
threads.append(start(waiter))

# The frames are keyed by thread ident, so map idents back to names.
names = dict((t.ident, t.name) for t in threads)
names[threading.current_thread().ident] = 'main'


def line_of(text):
    """The number of the line of this file that contains text."""
    with open(__file__) as f:
        for number, line in enumerate(f):
            if text in line:
                return number + 1


SLEEP_LINE = line_of('# sleeps while holding')
ACQUIRE_LINE = line_of('# blocks: holder never')


def settled(frames):
    """True once quick is gone, holder sleeps and waiter waits in take_gate."""
    now = dict((names.get(i), f) for i, f in frames.items())
    return ('quick' not in now
            and now['holder'].f_lineno == SLEEP_LINE
            and now['waiter'].f_lineno == ACQUIRE_LINE)


# Give the threads time to get where they are going (quick to end, the others to
# block), looking no longer than 20 s.
deadline = time.time() + 20
while not settled(sys._current_frames()):
    assert time.time() < deadline, 'threads never reached their waits'
    time.sleep(0.01)

frames = sys._current_frames()

with io_lock:
    for ident in sorted(frames, key=lambda i: names.get(i, '?')):
        if ident in names:
            print '%s is at %s' % (names[ident], where(frames[ident]))
    print 'quick is not among them: it has ended'

# logging.handlers.TimedRotatingFileHandler: rollover times per `when`, rollover
# driven by a fixed clock (time.time replaced), backups kept, namer/rotator, errors.
import datetime
import logging
import logging.handlers
import os
import time

H = logging.handlers
T = 1700000000          # Tuesday 2023-11-14 22:13:20 UTC
folder = "timed_rotating_tmp"


def clean():
    if os.path.isdir(folder):
        for name in os.listdir(folder):
            os.remove(os.path.join(folder, name))
        os.rmdir(folder)


def listing():
    return sorted(os.listdir(folder))


clean()
os.mkdir(folder)
fn = os.path.join(folder, "app.log")

# computeRollover per `when`, from a fixed time (UTC so that the zone does not matter)
cases = [('S', 1, None), ('s', 5, None), ('M', 2, None), ('H', 1, None), ('h', 3, None),
         ('D', 1, None), ('D', 1, datetime.time(3)), ('midnight', 1, None),
         ('MIDNIGHT', 2, None), ('midnight', 1, datetime.time(23, 0)),
         ('midnight', 1, datetime.time(1, 30)), ('midnight', 1, datetime.time(22, 13, 20)),
         ('W0', 1, None), ('W1', 1, None), ('W1', 1, datetime.time(23, 0)),
         ('W1', 1, datetime.time(1, 0)), ('W2', 1, None), ('W2', 1, datetime.time(1, 0)),
         ('w6', 2, None), ('W3', 1, datetime.time(12, 30, 15))]
for when, interval, at in cases:
    h = H.TimedRotatingFileHandler(fn, when=when, interval=interval, utc=True, atTime=at,
                                   delay=True)
    print(when, interval, at, "->", h.when, h.interval, h.suffix, getattr(h, "dayOfWeek", None),
          h.computeRollover(T) - T, h.computeRollover(T + 1800) - T,
          h.computeRollover(T - 86400 * 3) - T)
    h.close()
h = H.TimedRotatingFileHandler(fn, when='S', utc=True, delay=True)
print(h.extMatch.pattern, h.extMatch.flags == __import__("re").ASCII)
print(h.computeRollover(T + 0.5) - T)
print(h.atTime, h.utc, h.backupCount, h.delay, h.mode, h.namer, h.rotator, h.stream)
print(isinstance(h, H.BaseRotatingHandler), isinstance(h, logging.FileHandler))
h.close()

for bad in ['W', 'W7', 'W10', 'Wx', 'X', '', 'midnightx', 'seconds']:
    try:
        H.TimedRotatingFileHandler(fn, when=bad, delay=True)
    except ValueError as e:
        print("ValueError:", e)

# rollover with a fixed clock
real_time = time.time
now = [T]
time.time = lambda: now[0]
try:
    h = H.TimedRotatingFileHandler(fn, when='M', backupCount=2, utc=True, delay=True)
    h.setFormatter(logging.Formatter('%(message)s'))
    print("rolloverAt", h.rolloverAt - T)
    for i in range(8):
        now[0] = T + i * 50
        print(i, h.shouldRollover(logging.makeLogRecord({})), end=" ")
        h.emit(logging.makeLogRecord({'msg': 'm%d' % i}))
        print(listing(), h.rolloverAt - T)
    now[0] = T + 1000       # several periods later: one rollover, next one a minute on
    h.emit(logging.makeLogRecord({'msg': 'late'}))
    print(listing(), h.rolloverAt - T)
    for name in listing():
        with open(os.path.join(folder, name)) as f:
            print(name, repr(f.read()))
    print(h.getFilesToDelete())
    for extra in ['app.log.junk', 'app.log.2023-01-01_00-00.gz', 'app.log.2023-01-01_00-0',
                  'other.log.2023-01-01_00-00', 'app.log.2022-12-31_23-59']:
        open(os.path.join(folder, extra), 'w').close()
    h.backupCount = 1
    print([os.path.basename(p) for p in h.getFilesToDelete()])
    h.backupCount = 10
    print(h.getFilesToDelete())
    h.close()
    clean()
    os.mkdir(folder)

    # namer and rotator
    now[0] = T
    h = H.TimedRotatingFileHandler(fn, when='S', backupCount=2, utc=True, delay=True)
    h.namer = lambda name: name.replace('app.log.', 'app.') + '.log'
    moves = []

    def rotator(source, dest):
        moves.append((os.path.basename(source), os.path.basename(dest)))
        if os.path.exists(source):
            os.rename(source, dest)

    h.rotator = rotator
    for i in range(6):
        now[0] = T + 1 + i * 2
        h.emit(logging.makeLogRecord({'msg': 'n%d' % i}))
    print(listing())
    print(moves)
    for extra in ['app.2023-01-01_00-00-00', 'app.log.2023-01-01_00-00-00', 'b.2023-01-01_00-00-00.log',
                  'app.x2023-01-01_00-00-00.log', 'app.2023-01-01_00-00-00.log.gz']:
        open(os.path.join(folder, extra), 'w').close()
    h.backupCount = 1
    print([os.path.basename(p) for p in h.getFilesToDelete()])
    h.close()
    clean()
    os.mkdir(folder)

    h = H.TimedRotatingFileHandler(fn, when='D', backupCount=1, utc=True, delay=True)
    h.namer = lambda name: name + '.gz'
    for extra in ['app.log.2023-01-01.gz', 'app.log.2023-01-02.gz', 'app.log.2023-01-03',
                  'xapp.log.2023-01-01.gz', 'app.log.2023-01-04.gz.gz']:
        open(os.path.join(folder, extra), 'w').close()
    print([os.path.basename(p) for p in h.getFilesToDelete()])
    h.close()
    clean()
    os.mkdir(folder)

    # an existing file: the first rollover counts from its modification time
    with open(fn, 'w') as f:
        f.write("old\n")
    os.utime(fn, (T - 3600 * 5, T - 3600 * 5))
    h = H.TimedRotatingFileHandler(fn, when='H', utc=True)
    h.setFormatter(logging.Formatter('%(message)s'))
    print(h.rolloverAt - T, h.shouldRollover(None))
    h.emit(logging.makeLogRecord({'msg': 'new'}))
    print(listing(), h.rolloverAt - T)
    h.close()
    with open(os.path.join(folder, 'app.log.2023-11-14_17')) as f:
        print(repr(f.read()))
    # a rollover onto an existing backup name replaces it
    now[0] = T + 7200
    h = H.TimedRotatingFileHandler(fn, when='H', utc=True)
    h.rolloverAt = T + 3600
    h.doRollover()
    print(listing(), h.rolloverAt - T)
    h.close()

    # a non-regular file never rolls over; its rollover time moves on
    h = H.TimedRotatingFileHandler(os.devnull, when='S', utc=True)
    now[0] = T + 10 ** 9
    h.rolloverAt = T
    print(h.shouldRollover(None), h.rolloverAt - now[0])
    h.close()
finally:
    time.time = real_time
    clean()

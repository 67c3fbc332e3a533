"""More logging handlers: buffering in memory (BufferingHandler, MemoryHandler),
handing records to another thread through a queue (QueueHandler, QueueListener), files
that rotate by size or time or are reopened when moved (RotatingFileHandler,
TimedRotatingFileHandler, WatchedFileHandler), and records sent over sockets
(SocketHandler, DatagramHandler, SysLogHandler).

CPython's SMTPHandler, HTTPHandler and NTEventLogHandler are not here (gilpy has no
smtplib, http.client or win32 bindings).
"""

import io
import logging
import os
import queue
import re
import socket
import struct
import threading
import time
from stat import ST_DEV, ST_INO, ST_MTIME

DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = 514
SYSLOG_TCP_PORT = 514

_MIDNIGHT = 24 * 60 * 60


class BufferingHandler(logging.Handler):
    """Keeps records in self.buffer; flush() (called when shouldFlush() says so, by
    default once `capacity` records are held) empties it."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        with self.lock:
            self.buffer.clear()

    def close(self):
        try:
            self.flush()
        finally:
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Buffers records and passes them all to `target` when the buffer is full or a
    record at `flushLevel` or above arrives (and on close, unless flushOnClose is false)."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return (len(self.buffer) >= self.capacity) or (record.levelno >= self.flushLevel)

    def setTarget(self, target):
        with self.lock:
            self.target = target

    def flush(self):
        """Hand the buffered records to the target (kept while there is none)."""
        with self.lock:
            if self.target:
                for record in self.buffer:
                    self.target.handle(record)
                self.buffer.clear()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            with self.lock:
                self.target = None
                BufferingHandler.close(self)


class QueueHandler(logging.Handler):
    """Puts records on a queue (put_nowait) for a QueueListener in another thread;
    prepare() formats the message first so that the record can cross threads."""

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        """A copy of the record with msg and message set to the formatted text and no
        arguments or exception information left to format."""
        msg = self.format(record)
        copied = record.__class__.__new__(record.__class__)
        copied.__dict__.update(record.__dict__)
        copied.message = msg
        copied.msg = msg
        copied.args = None
        copied.exc_info = None
        copied.exc_text = None
        return copied

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)


class QueueListener(object):
    """Takes records off a queue in its own (daemon) thread and passes them to its
    handlers (only those whose level lets them through when respect_handler_level)."""

    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue = queue
        self.handlers = handlers
        self._thread = None
        self.respect_handler_level = respect_handler_level

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        self._thread = t = threading.Thread(target=self._monitor)
        t.daemon = True
        t.start()

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for handler in self.handlers:
            if not self.respect_handler_level:
                process = True
            else:
                process = record.levelno >= handler.level
            if process:
                handler.handle(record)

    def _monitor(self):
        q = self.queue
        has_task_done = hasattr(q, 'task_done')
        while True:
            try:
                record = self.dequeue(True)
                if record is self._sentinel:
                    if has_task_done:
                        q.task_done()
                    break
                self.handle(record)
                if has_task_done:
                    q.task_done()
            except queue.Empty:
                break

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        """Let the thread handle what is queued, then end it."""
        self.enqueue_sentinel()
        self._thread.join()
        self._thread = None


# ---- files ----------------------------------------------------------------------------

class BaseRotatingHandler(logging.FileHandler):
    """A FileHandler that, before writing a record, asks shouldRollover() and then
    doRollover(); namer and rotator (callables) may rename the backups their way."""

    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding,
                                     delay=delay, errors=errors)
        self.mode = mode
        self.encoding = encoding
        self.errors = errors

    def emit(self, record):
        try:
            if self.shouldRollover(record):
                self.doRollover()
            logging.FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        """The name of a backup: default_name, or what self.namer makes of it."""
        if not callable(self.namer):
            return default_name
        return self.namer(default_name)

    def rotate(self, source, dest):
        """Move the log to its backup name (or let self.rotator do it)."""
        if not callable(self.rotator):
            if os.path.exists(source):
                os.rename(source, dest)
        else:
            self.rotator(source, dest)


class RotatingFileHandler(BaseRotatingHandler):
    """Starts a new file when the next record would make the log reach maxBytes,
    keeping backupCount old ones as NAME.1 (the newest) to NAME.backupCount."""

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0, encoding=None,
                 delay=False, errors=None):
        if maxBytes > 0:
            mode = 'a'
        BaseRotatingHandler.__init__(self, filename, mode, encoding=encoding,
                                     delay=delay, errors=errors)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def doRollover(self):
        if self.stream:
            self.stream.close()
            self.stream = None
        if self.backupCount > 0:
            for i in range(self.backupCount - 1, 0, -1):
                sfn = self.rotation_filename("%s.%d" % (self.baseFilename, i))
                dfn = self.rotation_filename("%s.%d" % (self.baseFilename, i + 1))
                if os.path.exists(sfn):
                    if os.path.exists(dfn):
                        os.remove(dfn)
                    os.rename(sfn, dfn)
            dfn = self.rotation_filename(self.baseFilename + ".1")
            if os.path.exists(dfn):
                os.remove(dfn)
            self.rotate(self.baseFilename, dfn)
        if not self.delay:
            self.stream = self._open()

    def shouldRollover(self, record):
        """Whether writing the record would reach maxBytes (never for a non-regular
        file such as /dev/null, or with maxBytes 0)."""
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes > 0:
            msg = "%s\n" % self.format(record)
            self.stream.seek(0, 2)
            if self.stream.tell() + len(msg) >= self.maxBytes:
                return True
        return False


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Starts a new file at fixed times: every `interval` seconds ('S'), minutes ('M'),
    hours ('H') or days ('D'), at midnight ('MIDNIGHT', or at atTime), or on a weekday
    ('W0' Monday to 'W6' Sunday, at midnight or atTime). The old file is renamed
    NAME.<start of its period> (with the suffix's strftime format), and only the
    backupCount newest backups are kept. Times are local unless utc is true."""

    # when -> (seconds per unit, strftime suffix of backups, pattern of that suffix)
    _UNITS = {
        'S': (1, "%Y-%m-%d_%H-%M-%S", r"^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}(\.\w+)?$"),
        'M': (60, "%Y-%m-%d_%H-%M", r"^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}(\.\w+)?$"),
        'H': (60 * 60, "%Y-%m-%d_%H", r"^\d{4}-\d{2}-\d{2}_\d{2}(\.\w+)?$"),
        'D': (_MIDNIGHT, "%Y-%m-%d", r"^\d{4}-\d{2}-\d{2}(\.\w+)?$"),
        'MIDNIGHT': (_MIDNIGHT, "%Y-%m-%d", r"^\d{4}-\d{2}-\d{2}(\.\w+)?$"),
        'W': (7 * _MIDNIGHT, "%Y-%m-%d", r"^\d{4}-\d{2}-\d{2}(\.\w+)?$"),
    }

    def __init__(self, filename, when='h', interval=1, backupCount=0, encoding=None,
                 delay=False, utc=False, atTime=None, errors=None):
        encoding = io.text_encoding(encoding)
        BaseRotatingHandler.__init__(self, filename, 'a', encoding=encoding,
                                     delay=delay, errors=errors)
        self.when = when.upper()
        self.backupCount = backupCount
        self.utc = utc
        self.atTime = atTime
        unit = self.when
        if unit.startswith('W'):
            if len(unit) != 2:
                raise ValueError("You must specify a day for weekly rollover from 0 to 6 "
                                 "(0 is Monday): %s" % self.when)
            if unit[1] not in "0123456":
                raise ValueError("Invalid day specified for weekly rollover: %s" % self.when)
            self.dayOfWeek = int(unit[1])
            unit = 'W'
        if unit not in self._UNITS:
            raise ValueError("Invalid rollover interval specified: %s" % self.when)
        seconds, self.suffix, pattern = self._UNITS[unit]
        self.extMatch = re.compile(pattern, re.ASCII)
        self.interval = seconds * interval
        if os.path.exists(self.baseFilename):
            start = os.stat(self.baseFilename)[ST_MTIME]
        else:
            start = int(time.time())
        self.rolloverAt = self.computeRollover(start)

    def _fields(self, t):
        return time.gmtime(t) if self.utc else time.localtime(t)

    def computeRollover(self, currentTime):
        """The time of the first rollover after currentTime. With 'MIDNIGHT' or 'Wn' the
        interval does not count: the next midnight (or atTime), on the weekday for 'Wn'."""
        if self.when != 'MIDNIGHT' and not self.when.startswith('W'):
            return currentTime + self.interval
        now = self._fields(currentTime)
        if self.atTime is None:
            target = _MIDNIGHT
        else:
            target = (self.atTime.hour * 60 + self.atTime.minute) * 60 + self.atTime.second
        wait = target - ((now.tm_hour * 60 + now.tm_min) * 60 + now.tm_sec)
        weekday = now.tm_wday
        if wait < 0:            # today's atTime has passed: tomorrow's
            wait += _MIDNIGHT
            weekday = (weekday + 1) % 7
        result = currentTime + wait
        if self.when.startswith('W'):
            days = (self.dayOfWeek - weekday) % 7
            if days:
                later = result + days * _MIDNIGHT
                if not self.utc:
                    later += self._dstShift(now.tm_isdst, later)
                result = later
        return result

    @staticmethod
    def _dstShift(isdstNow, then):
        """Seconds to add to `then` so that it names the same local clock time when
        daylight saving time starts or ends before it."""
        isdstThen = time.localtime(then).tm_isdst
        if isdstNow == isdstThen:
            return 0
        return 3600 if isdstNow else -3600

    def shouldRollover(self, record):
        """Whether the rollover time has come (never for a non-regular file such as
        /dev/null, whose rollover time just moves on)."""
        t = int(time.time())
        if t < self.rolloverAt:
            return False
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            self.rolloverAt = self.computeRollover(t)
            return False
        return True

    def getFilesToDelete(self):
        """The backups beyond the backupCount newest, oldest first. Backups are the files
        named NAME.<suffix>; with a namer, any file named STEM.<...> (STEM: the base name
        without its extension) one of whose dot-separated parts is a suffix."""
        dirName, baseName = os.path.split(self.baseFilename)
        if self.namer is None:
            prefix = baseName + '.'
            def isBackup(rest):
                return self.extMatch.match(rest)
        else:
            prefix = os.path.splitext(baseName)[0] + '.'
            def isBackup(rest):
                return any(self.extMatch.match(part) for part in rest.split('.'))
        found = [os.path.join(dirName, name) for name in os.listdir(dirName)
                 if name.startswith(prefix) and isBackup(name[len(prefix):])]
        if len(found) < self.backupCount:
            return []
        found.sort()
        return found[:len(found) - self.backupCount]

    def doRollover(self):
        """Rename the log after the start of the period it covers, drop the surplus
        backups, reopen (unless delay) and compute the next rollover time."""
        if self.stream:
            self.stream.close()
            self.stream = None
        currentTime = int(time.time())
        isdstNow = time.localtime(currentTime).tm_isdst
        start = self.rolloverAt - self.interval
        fields = self._fields(start)
        if not self.utc and fields.tm_isdst != isdstNow:
            fields = time.localtime(start + (3600 if isdstNow else -3600))
        dfn = self.rotation_filename(self.baseFilename + "." + time.strftime(self.suffix, fields))
        if os.path.exists(dfn):
            os.remove(dfn)
        self.rotate(self.baseFilename, dfn)
        if self.backupCount > 0:
            for name in self.getFilesToDelete():
                os.remove(name)
        if not self.delay:
            self.stream = self._open()
        nextAt = self.computeRollover(currentTime)
        while nextAt <= currentTime:
            nextAt += self.interval
        if (self.when == 'MIDNIGHT' or self.when.startswith('W')) and not self.utc:
            nextAt += self._dstShift(isdstNow, nextAt)
        self.rolloverAt = nextAt


class WatchedFileHandler(logging.FileHandler):
    """A FileHandler that reopens its file when it was moved or removed (by a log
    rotation tool) since the last record, by comparing the file's device and inode."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding,
                                     delay=delay, errors=errors)
        self.dev, self.ino = -1, -1
        self._statstream()

    def _statstream(self):
        if self.stream:
            sres = os.fstat(self.stream.fileno())
            self.dev, self.ino = sres.st_dev, sres.st_ino

    def reopenIfNeeded(self):
        try:
            sres = os.stat(self.baseFilename)
        except FileNotFoundError:
            sres = None
        if not sres or sres.st_dev != self.dev or sres.st_ino != self.ino:
            if self.stream is not None:
                self.stream.flush()
                self.stream.close()
                self.stream = None
                self.stream = self._open()
                self._statstream()

    def emit(self, record):
        self.reopenIfNeeded()
        logging.FileHandler.emit(self, record)


# ---- sockets --------------------------------------------------------------------------

class SocketHandler(logging.Handler):
    """Sends each record, pickled (makePickle), over a TCP connection to (host, port),
    or a Unix stream socket at `host` when port is None. A failed connection is retried
    no sooner than retryStart seconds later, the wait growing by retryFactor up to
    retryMax."""

    def __init__(self, host, port):
        logging.Handler.__init__(self)
        self.host = host
        self.port = port
        self.address = host if port is None else (host, port)
        self.sock = None
        self.closeOnError = False
        self.retryTime = None
        self.retryStart = 1.0
        self.retryMax = 30.0
        self.retryFactor = 2.0

    def makeSocket(self, timeout=1):
        """A connected socket (its timeout: `timeout` seconds)."""
        if self.port is not None:
            return socket.create_connection(self.address, timeout=timeout)
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(timeout)
        try:
            sock.connect(self.address)
        except OSError:
            sock.close()
            raise
        return sock

    def createSocket(self):
        """Connect, unless the last failure was too recent; on failure, wait longer
        before the next attempt."""
        now = time.time()
        if self.retryTime is not None and now < self.retryTime:
            return
        try:
            self.sock = self.makeSocket()
            self.retryTime = None
        except OSError:
            if self.retryTime is None:
                self.retryPeriod = self.retryStart
            else:
                self.retryPeriod = min(self.retryPeriod * self.retryFactor, self.retryMax)
            self.retryTime = now + self.retryPeriod

    def send(self, s):
        """Send bytes s, connecting first if needed; a failed send drops the socket
        (the next record reconnects)."""
        if self.sock is None:
            self.createSocket()
        if self.sock:
            try:
                self.sock.sendall(s)
            except OSError:
                self.sock.close()
                self.sock = None

    def makePickle(self, record):
        """The record's attributes as a pickled dict (msg already merged with args,
        the traceback as exc_text), after a 4-byte big-endian length."""
        import pickle
        if record.exc_info:
            self.format(record)        # fills record.exc_text
        d = dict(record.__dict__)
        d['msg'] = record.getMessage()
        d['args'] = None
        d['exc_info'] = None
        d.pop('message', None)
        data = pickle.dumps(d, 1)
        return struct.pack(">L", len(data)) + data

    def handleError(self, record):
        """With closeOnError, drop the connection quietly; else report as usual."""
        if self.closeOnError and self.sock:
            self.sock.close()
            self.sock = None
        else:
            logging.Handler.handleError(self, record)

    def emit(self, record):
        try:
            self.send(self.makePickle(record))
        except Exception:
            self.handleError(record)

    def close(self):
        with self.lock:
            sock = self.sock
            if sock:
                self.sock = None
                sock.close()
            logging.Handler.close(self)


class DatagramHandler(SocketHandler):
    """A SocketHandler that sends each pickled record as one UDP datagram (or Unix
    datagram when port is None)."""

    def __init__(self, host, port):
        SocketHandler.__init__(self, host, port)
        self.closeOnError = False

    def makeSocket(self):
        family = socket.AF_UNIX if self.port is None else socket.AF_INET
        return socket.socket(family, socket.SOCK_DGRAM)

    def send(self, s):
        if self.sock is None:
            self.createSocket()
        self.sock.sendto(s, self.address)


class SysLogHandler(logging.Handler):
    """Sends records to a syslog daemon: by UDP (or TCP with socktype=SOCK_STREAM) to
    address (host, port), or to a Unix socket when address is a path such as '/dev/log'.
    Each message is '<PRI>' + ident + the formatted record (+ NUL when append_nul), PRI
    combining the facility and the priority mapped from the record's level."""

    # priorities (RFC 5424 severities)
    LOG_EMERG = 0
    LOG_ALERT = 1
    LOG_CRIT = 2
    LOG_ERR = 3
    LOG_WARNING = 4
    LOG_NOTICE = 5
    LOG_INFO = 6
    LOG_DEBUG = 7

    # facilities
    LOG_KERN = 0
    LOG_USER = 1
    LOG_MAIL = 2
    LOG_DAEMON = 3
    LOG_AUTH = 4
    LOG_SYSLOG = 5
    LOG_LPR = 6
    LOG_NEWS = 7
    LOG_UUCP = 8
    LOG_CRON = 9
    LOG_AUTHPRIV = 10
    LOG_FTP = 11
    LOG_NTP = 12
    LOG_SECURITY = 13
    LOG_CONSOLE = 14
    LOG_SOLCRON = 15
    LOG_LOCAL0 = 16
    LOG_LOCAL1 = 17
    LOG_LOCAL2 = 18
    LOG_LOCAL3 = 19
    LOG_LOCAL4 = 20
    LOG_LOCAL5 = 21
    LOG_LOCAL6 = 22
    LOG_LOCAL7 = 23

    priority_names = {
        "alert": LOG_ALERT, "crit": LOG_CRIT, "critical": LOG_CRIT, "debug": LOG_DEBUG,
        "emerg": LOG_EMERG, "err": LOG_ERR, "error": LOG_ERR, "info": LOG_INFO,
        "notice": LOG_NOTICE, "panic": LOG_EMERG, "warn": LOG_WARNING,
        "warning": LOG_WARNING,
    }

    facility_names = {
        "auth": LOG_AUTH, "authpriv": LOG_AUTHPRIV, "console": LOG_CONSOLE,
        "cron": LOG_CRON, "daemon": LOG_DAEMON, "ftp": LOG_FTP, "kern": LOG_KERN,
        "lpr": LOG_LPR, "mail": LOG_MAIL, "news": LOG_NEWS, "ntp": LOG_NTP,
        "security": LOG_SECURITY, "solaris-cron": LOG_SOLCRON, "syslog": LOG_SYSLOG,
        "user": LOG_USER, "uucp": LOG_UUCP,
        "local0": LOG_LOCAL0, "local1": LOG_LOCAL1, "local2": LOG_LOCAL2,
        "local3": LOG_LOCAL3, "local4": LOG_LOCAL4, "local5": LOG_LOCAL5,
        "local6": LOG_LOCAL6, "local7": LOG_LOCAL7,
    }

    # logging level name -> syslog priority name
    priority_map = {
        "DEBUG": "debug", "INFO": "info", "WARNING": "warning", "ERROR": "error",
        "CRITICAL": "critical",
    }

    ident = ''
    append_nul = True

    def __init__(self, address=('localhost', SYSLOG_UDP_PORT), facility=LOG_USER,
                 socktype=None):
        logging.Handler.__init__(self)
        self.address = address
        self.facility = facility
        self.socktype = socktype
        self.socket = None
        self.createSocket()

    def _connect_unixsocket(self, address):
        """Connect to the Unix socket at address: a datagram socket, or (when that fails
        and no socktype was asked for) a stream socket."""
        kinds = [self.socktype] if self.socktype is not None else \
            [socket.SOCK_DGRAM, socket.SOCK_STREAM]
        for kind in kinds:
            self.socket = None
            try:
                self.socket = socket.socket(socket.AF_UNIX, kind)
                self.socket.connect(address)
            except OSError:
                if self.socket is not None:
                    self.socket.close()
                if kind == kinds[-1]:
                    raise
                continue
            self.socktype = kind
            return

    def createSocket(self):
        """Open the socket for self.address. A Unix socket that cannot be reached yet is
        retried by emit(); a host that cannot be resolved or connected raises."""
        address = self.address
        if isinstance(address, str):
            self.unixsocket = True
            try:
                self._connect_unixsocket(address)
            except OSError:
                pass
            return
        self.unixsocket = False
        socktype = self.socktype
        if socktype is None:
            socktype = socket.SOCK_DGRAM
        host, port = address
        infos = socket.getaddrinfo(host, port, 0, socktype)
        if not infos:
            raise OSError("getaddrinfo returns an empty list")
        error = None
        sock = None
        for family, kind, proto, _, sockaddr in infos:
            try:
                sock = socket.socket(family, kind, proto)
                if kind == socket.SOCK_STREAM:
                    sock.connect(sockaddr)
                error = None
                break
            except OSError as exc:
                error = exc
                if sock is not None:
                    sock.close()
                    sock = None
        if error is not None:
            raise error
        self.socket = sock
        self.socktype = kind

    def encodePriority(self, facility, priority):
        """(facility << 3) | priority; either may be given by name (the keys of
        facility_names and priority_names)."""
        if isinstance(facility, str):
            facility = self.facility_names[facility]
        if isinstance(priority, str):
            priority = self.priority_names[priority]
        return (facility << 3) | priority

    def close(self):
        with self.lock:
            sock = self.socket
            if sock:
                self.socket = None
                sock.close()
            logging.Handler.close(self)

    def mapPriority(self, levelName):
        """The syslog priority name for a logging level name ('warning' if unknown)."""
        return self.priority_map.get(levelName, "warning")

    def emit(self, record):
        try:
            msg = self.format(record)
            if self.ident:
                msg = self.ident + msg
            if self.append_nul:
                msg += '\000'
            prio = '<%d>' % self.encodePriority(self.facility,
                                                self.mapPriority(record.levelname))
            data = prio.encode('utf-8') + msg.encode('utf-8')
            if not self.socket:
                self.createSocket()
            if self.unixsocket:
                try:
                    self.socket.send(data)
                except OSError:
                    self.socket.close()
                    self._connect_unixsocket(self.address)
                    self.socket.send(data)
            elif self.socktype == socket.SOCK_DGRAM:
                self.socket.sendto(data, self.address)
            else:
                self.socket.sendall(data)
        except Exception:
            self.handleError(record)

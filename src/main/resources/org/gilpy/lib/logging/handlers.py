"""More logging handlers: buffering in memory (BufferingHandler, MemoryHandler) and
handing records to another thread through a queue (QueueHandler, QueueListener).

The file-rotating, socket, syslog, SMTP and HTTP handlers of CPython's module are not
here yet (they need os.rename/os.stat and sockets).
"""

import logging
import queue
import threading


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

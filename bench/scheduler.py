"""OO task-scheduler benchmark (in the spirit of Richards, own design).

A tiny cooperative kernel runs a handful of task objects kept in a
priority-ordered linked list.  Tasks exchange Message objects through
per-task linked-list mailboxes; a task can be ready, waiting for mail or
held.  Exercises: classes and subclasses, method calls (incl. overridden
methods and super()), attribute reads/writes, linked-list walking, small
integer arithmetic.
"""

import sys

# task states (bit flags)
READY = 0
WAITING = 1   # blocked until a message arrives
HELD = 2      # suspended until released by another task

# message kinds
JOB = 1
RESULT = 2
TICK = 3


class Message:
    __slots__ = ("link", "kind", "origin", "seq", "data")

    def __init__(self, kind, origin, seq, width):
        self.link = None
        self.kind = kind
        self.origin = origin
        self.seq = seq
        self.data = [0] * width

    def append_to(self, head):
        """Append self to the queue starting at head; return new head."""
        self.link = None
        if head is None:
            return self
        node = head
        while node.link is not None:
            node = node.link
        node.link = self
        return head


class Task:
    def __init__(self, kernel, tid, priority):
        self.kernel = kernel
        self.tid = tid
        self.priority = priority
        self.state = READY
        self.inbox = None
        self.next = None
        self.runs = 0
        kernel.register(self)

    def runnable(self):
        if self.state & HELD:
            return False
        if self.state & WAITING:
            return self.inbox is not None
        return True

    def take(self):
        msg = self.inbox
        if msg is not None:
            self.inbox = msg.link
            msg.link = None
        return msg

    def deliver(self, msg):
        self.inbox = msg.append_to(self.inbox)
        if self.state & WAITING:
            self.state &= ~WAITING

    def step(self):
        self.runs += 1
        if self.state & WAITING:
            self.state &= ~WAITING
        msg = self.take()
        self.handle(msg)

    def handle(self, msg):
        raise NotImplementedError

    def wait(self):
        if self.inbox is None:
            self.state |= WAITING


class Producer(Task):
    """Fills recycled JOB messages with pseudo-random data."""

    def __init__(self, kernel, tid, priority, router_id, width, pool):
        super().__init__(kernel, tid, priority)
        self.router_id = router_id
        self.width = width
        self.seed = 12345
        self.seq = 0
        for i in range(pool):
            self.inbox = Message(JOB, tid, 0, width).append_to(self.inbox)

    def next_rand(self):
        self.seed = (self.seed * 1103515245 + 12345) & 0x7FFFFFFF
        return self.seed >> 8

    def handle(self, msg):
        if msg is None:
            self.wait()
            return
        self.seq += 1
        msg.kind = JOB
        msg.origin = self.tid
        msg.seq = self.seq
        data = msg.data
        for i in range(self.width):
            data[i] = self.next_rand() % 1000
        self.kernel.send(msg, self.router_id)
        self.wait()


class Router(Task):
    """Hands jobs to workers round-robin; holds itself when workers lag."""

    def __init__(self, kernel, tid, priority, worker_ids):
        super().__init__(kernel, tid, priority)
        self.worker_ids = worker_ids
        self.turn = 0
        self.routed = 0

    def handle(self, msg):
        if msg is None:
            self.wait()
            return
        dest = self.worker_ids[self.turn]
        self.turn = (self.turn + 1) % len(self.worker_ids)
        self.routed += 1
        self.kernel.send(msg, dest)
        if self.routed % 7 == 0:
            self.kernel.hold_current()
        else:
            self.wait()


class Worker(Task):
    """Reduces the job data to a result and forwards it to the collector."""

    def __init__(self, kernel, tid, priority, collector_id, factor):
        super().__init__(kernel, tid, priority)
        self.collector_id = collector_id
        self.factor = factor
        self.done = 0

    def crunch(self, data):
        acc = 0
        f = self.factor
        for x in data:
            acc = (acc * f + x) % 1000003
        return acc

    def handle(self, msg):
        if msg is None:
            self.wait()
            return
        value = self.crunch(msg.data)
        msg.kind = RESULT
        msg.data[0] = value
        msg.origin = self.tid
        self.done += 1
        self.kernel.send(msg, self.collector_id)
        self.wait()


class Collector(Task):
    """Accumulates results and recycles messages back to the producer."""

    def __init__(self, kernel, tid, priority, producer_id):
        super().__init__(kernel, tid, priority)
        self.producer_id = producer_id
        self.total = 0
        self.count = 0
        self.by_origin = {}

    def handle(self, msg):
        if msg is None:
            self.wait()
            return
        self.count += 1
        self.total = (self.total * 31 + msg.data[0] + msg.origin) % 1000000007
        self.by_origin[msg.origin] = self.by_origin.get(msg.origin, 0) + 1
        self.kernel.send(msg, self.producer_id)
        self.wait()


class Ticker(Task):
    """Lowest priority: runs when nothing else can, releases held tasks."""

    def __init__(self, kernel, tid, priority, limit):
        super().__init__(kernel, tid, priority)
        self.limit = limit
        self.ticks = 0

    def handle(self, msg):
        self.ticks += 1
        if self.ticks >= self.limit:
            self.kernel.stop()
            return
        self.kernel.release_all()


class Kernel:
    def __init__(self):
        self.tasks = {}
        self.head = None
        self.current = None
        self.running = True
        self.sends = 0
        self.holds = 0
        self.switches = 0

    def register(self, task):
        self.tasks[task.tid] = task
        # insert into list ordered by descending priority
        if self.head is None or task.priority > self.head.priority:
            task.next = self.head
            self.head = task
            return
        node = self.head
        while node.next is not None and node.next.priority >= task.priority:
            node = node.next
        task.next = node.next
        node.next = task

    def send(self, msg, dest_id):
        self.sends += 1
        self.tasks[dest_id].deliver(msg)

    def hold_current(self):
        self.holds += 1
        self.current.state |= HELD

    def release_all(self):
        task = self.head
        while task is not None:
            if task.state & HELD:
                task.state &= ~HELD
            task = task.next

    def stop(self):
        self.running = False

    def pick(self):
        task = self.head
        while task is not None:
            if task.runnable():
                return task
            task = task.next
        return None

    def run(self):
        while self.running:
            task = self.pick()
            if task is None:
                break
            if task is not self.current:
                self.switches += 1
            self.current = task
            task.step()


def simulate(rounds):
    k = Kernel()
    worker_ids = [10, 11, 12, 13]
    Producer(k, 1, 50, 2, 12, 6)
    Router(k, 2, 40, worker_ids)
    for n, wid in enumerate(worker_ids):
        Worker(k, wid, 30 - n, 3, 3 + 2 * n)
    Collector(k, 3, 60, 1)
    Ticker(k, 99, 0, rounds)
    k.run()
    coll = k.tasks[3]
    runs = 0
    t = k.head
    while t is not None:
        runs += t.runs
        t = t.next
    origins = ",".join("%d:%d" % (o, coll.by_origin[o]) for o in sorted(coll.by_origin))
    return coll.total, coll.count, k.sends, k.holds, k.switches, runs, origins


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 9000
    result = None
    for i in range(3):
        result = simulate(rounds + i)
    total, count, sends, holds, switches, runs, origins = result
    print("messages=%d sends=%d holds=%d switches=%d runs=%d" % (count, sends, holds, switches, runs))
    print("per-worker %s" % origins)
    print("checksum %d %d %d %d" % (total, count, sends, runs))


main()
